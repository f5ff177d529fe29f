// What DuckDB's parquet_file_metadata, parquet_schema, parquet_metadata and parquet_kv_metadata functions say about
// a file, as plain JSON-ready objects (64-bit counts become numbers; statistics stay DuckDB's own text).
import { quoteLiteral } from './duckdb-rows.mjs';

export async function describeWithDuckDB(connection, file) {
  const source = quoteLiteral(file);
  const [fileMetadata] = await rowsOf(connection, `SELECT * FROM parquet_file_metadata(${source})`);
  const schema = await rowsOf(connection, `SELECT * FROM parquet_schema(${source})`);
  const chunks = await rowsOf(connection, `SELECT * FROM parquet_metadata(${source}) ORDER BY row_group_id, column_id`);
  const keyValue = await rowsOf(connection, `SELECT key::VARCHAR AS key, value::VARCHAR AS value FROM parquet_kv_metadata(${source})`);
  return {
    createdBy: fileMetadata.created_by,
    formatVersion: toNumber(fileMetadata.format_version),
    rows: toNumber(fileMetadata.num_rows),
    schema: schema.map(describeSchemaElement),
    rowGroups: groupChunks(chunks),
    keyValue,
  };
}

function describeSchemaElement(row) {
  return {
    name: row.name,
    physicalType: row.type,
    typeLength: toNumber(row.type_length),
    repetition: row.repetition_type,
    children: toNumber(row.num_children),
    convertedType: row.converted_type,
    logicalType: row.logical_type,
    precision: toNumber(row.precision),
    scale: toNumber(row.scale),
    fieldId: toNumber(row.field_id),
    duckdbType: row.duckdb_type,
  };
}

function groupChunks(chunks) {
  const groups = [];
  for (const chunk of chunks) {
    const id = toNumber(chunk.row_group_id);
    groups[id] ??= { rows: toNumber(chunk.row_group_num_rows), bytes: toNumber(chunk.row_group_bytes), columns: [] };
    groups[id].columns.push(describeChunk(chunk));
  }
  return groups;
}

function describeChunk(chunk) {
  return {
    path: chunk.path_in_schema.split(', '),
    physicalType: chunk.type,
    codec: chunk.compression,
    encodings: chunk.encodings.split(', '),
    values: toNumber(chunk.num_values),
    dictionaryPageOffset: toNumber(chunk.dictionary_page_offset),
    dataPageOffset: toNumber(chunk.data_page_offset),
    compressedBytes: toNumber(chunk.total_compressed_size),
    uncompressedBytes: toNumber(chunk.total_uncompressed_size),
    statistics: {
      min: chunk.stats_min,
      max: chunk.stats_max,
      minValue: chunk.stats_min_value,
      maxValue: chunk.stats_max_value,
      nullCount: toNumber(chunk.stats_null_count),
      distinctCount: toNumber(chunk.stats_distinct_count),
      minIsExact: chunk.min_is_exact,
      maxIsExact: chunk.max_is_exact,
    },
    bloomFilterOffset: toNumber(chunk.bloom_filter_offset),
    bloomFilterBytes: toNumber(chunk.bloom_filter_length),
  };
}

async function rowsOf(connection, sql) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}

function toNumber(value) {
  return value === null || value === undefined ? null : Number(value);
}
