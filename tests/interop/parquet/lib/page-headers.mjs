// Walks the pages of every column chunk of a Parquet file and reports what each chunk really holds: page types
// (DICTIONARY_PAGE, DATA_PAGE, DATA_PAGE_V2) with their encodings and value counts. Uses hyparquet's footer and
// page header parsers, independent of DuckDB.
import { readFileSync } from 'node:fs';
import { parquetMetadata } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';

/** The whole file and its footer as hyparquet parses it. */
export function readParquetFile(file) {
  const bytes = readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { buffer, metadata: parquetMetadata(buffer) };
}

/** Per row group, per column chunk: its dotted path and its pages in file order. */
export function describePages(file) {
  const { buffer, metadata } = readParquetFile(file);
  const view = new DataView(buffer);
  return metadata.row_groups.map((group, rowGroup) => group.columns.map(chunk => {
    const meta = chunk.meta_data;
    const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    const end = start + Number(meta.total_compressed_size);
    const reader = { view, offset: start };
    const pages = [];
    while (reader.offset < end) {
      const header = parquetHeader(reader);
      const data = header.data_page_header ?? header.data_page_header_v2 ?? header.dictionary_page_header;
      pages.push({ type: header.type, encoding: data?.encoding ?? null, values: data?.num_values ?? null });
      reader.offset += header.compressed_page_size;
    }
    return { rowGroup, path: meta.path_in_schema.join('.'), pages };
  }));
}
