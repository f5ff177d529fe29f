// One catalog.json entry: what a golden file really contains, from DuckDB's metadata functions and its page headers.
import { describeWithDuckDB } from '../lib/duckdb-metadata.mjs';
import { quoteLiteral } from '../lib/duckdb-rows.mjs';
import { describePages, readParquetFile } from '../lib/page-headers.mjs';

const dictionaryEncodings = new Set(['PLAIN_DICTIONARY', 'RLE_DICTIONARY']);

export async function catalogEntry(connection, { path, file, expected, fixture, origin }) {
  const described = await describeWithDuckDB(connection, path);
  // DuckDB prints logical types as Thrift debug text; the catalog gives hyparquet's parsed form instead.
  const footerSchema = readParquetFile(path).metadata.schema;
  described.schema.forEach((element, i) => { element.logicalType = logicalTypeText(footerSchema[i].logical_type); });
  const pages = describePages(path).flat();
  const columns = await topLevelColumns(connection, path);
  const leaves = leafSchema(described.schema).map((element, index) =>
    describeLeaf(element, described.rowGroups.map(group => group.columns[index]), pages.filter(p => p.path === element.path)));
  const fieldIds = Object.fromEntries(schemaPaths(described.schema)
    .filter(({ element }) => element.fieldId !== null)
    .map(({ path: name, element }) => [name, element.fieldId]));
  return {
    name: fixture.name,
    origin,
    description: fixture.description,
    file,
    expected,
    table: fixture.table,
    codec: codecOf(described),
    parquetVersion: fixture.version ?? null,
    copyOptions: fixture.copyOptions ?? null,
    dataPageTypes: distinct(pages.flatMap(p => p.pages.map(page => page.type)).filter(type => type !== 'DICTIONARY_PAGE')),
    createdBy: described.createdBy,
    rows: described.rows,
    rowGroups: described.rowGroups.map(group => group.rows),
    columns,
    leaves,
    fieldIds: Object.keys(fieldIds).length > 0 ? fieldIds : null,
    deviations: fixture.deviations?.length ? fixture.deviations : null,
  };
}

async function topLevelColumns(connection, path) {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoteLiteral(path)})`);
  return reader.getRowObjectsJson().map(row => ({ name: row.column_name, duckdbType: row.column_type }));
}

// Each column chunk must tell the same story in its metadata and in its pages.
function describeLeaf(element, chunks, pageRuns) {
  const encodings = distinct(chunks.flatMap(chunk => chunk.encodings));
  const dictionaryByMetadata = chunks.map(chunk => chunk.encodings.some(e => dictionaryEncodings.has(e)));
  const dictionaryByPages = pageRuns.map(run => run.pages.some(page => page.type === 'DICTIONARY_PAGE'));
  if (dictionaryByMetadata.join() !== dictionaryByPages.join()) {
    throw new Error(`column ${element.path}: the metadata and the pages disagree on dictionary encoding`);
  }
  // The catalog's dictionary flag is per column; a column dictionary-encoded in some row groups only would need more.
  if (new Set(dictionaryByMetadata).size > 1) {
    throw new Error(`column ${element.path} is dictionary-encoded in some row groups only`);
  }
  return {
    path: element.path,
    physicalType: element.physicalType,
    typeLength: element.typeLength,
    repetition: element.repetition,
    convertedType: element.convertedType,
    logicalType: element.logicalType,
    precision: element.precision,
    scale: element.scale,
    fieldId: element.fieldId,
    encodings,
    dictionary: dictionaryByMetadata[0] ?? false,
    pages: distinct(pageRuns.flatMap(run => run.pages.map(page => `${page.type}:${page.encoding}`))),
  };
}

// hyparquet's parsed logical type, e.g. TIMESTAMP(isAdjustedToUTC=true, unit=MICROS) or DECIMAL(precision=9, scale=2).
function logicalTypeText(logicalType) {
  if (!logicalType) return null;
  const { type, ...parameters } = logicalType;
  const entries = Object.entries(parameters).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? type : `${type}(${entries.map(([key, value]) => `${key}=${value}`).join(', ')})`;
}

function codecOf(described) {
  const codecs = distinct(described.rowGroups.flatMap(group => group.columns.map(chunk => chunk.codec)));
  if (codecs.length !== 1) throw new Error(`expected one codec, found ${codecs.join(', ')}`);
  return codecs[0];
}

/** Every schema element below the root with its dotted path, depth first (the order of the footer's schema list). */
function schemaPaths(schema) {
  const result = [];
  let index = 1;
  function visit(prefix, count) {
    for (let n = 0; n < count; n++) {
      const element = schema[index++];
      const path = prefix ? `${prefix}.${element.name}` : element.name;
      result.push({ path, element });
      if (element.children) visit(path, element.children);
    }
  }
  visit('', schema[0].children ?? 0);
  return result;
}

function leafSchema(schema) {
  return schemaPaths(schema).filter(({ element }) => !element.children).map(({ path, element }) => ({ ...element, path }));
}

function distinct(values) {
  return [...new Set(values)];
}
