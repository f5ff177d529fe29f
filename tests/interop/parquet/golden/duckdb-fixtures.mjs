// The golden files DuckDB writes: the full codec × format-version grid on the base table, and around it one
// dimension at a time (dictionary off / everywhere, nulls, every logical type, nesting, row groups, field ids).
import * as tables from './tables.mjs';

export const codecs = ['uncompressed', 'snappy', 'gzip', 'zstd', 'brotli', 'lz4_raw'];
export const versions = ['V1', 'V2'];

// DICTIONARY_SIZE_LIMIT 0 turns dictionaries off; a limit above any column's distinct values lets every column
// whose dictionary pays off use one (DuckDB still decides per column chunk whether it does).
const noDictionary = { DICTIONARY_SIZE_LIMIT: 0 };
const anyDictionary = { DICTIONARY_SIZE_LIMIT: 1_000_000 };

// DuckDB's dictionaries hold 0.0 and -0.0 as one value, so in a dictionary-encoded float column the types table's
// 0 (row 4) reads back as the -0 of row 3.
const signedZeroMerged = ['f32', 'f64'].map(column => ({ row: 4, column, wrote: '0', readsBack: '-0' }));

function fixture(name, table, sql, version, options = {}, description, deviations = []) {
  const codec = options.COMPRESSION ?? 'snappy';
  return {
    name: `${name}_${version.toLowerCase()}`,
    table,
    sql,
    codec,
    version,
    options: { COMPRESSION: codec, PARQUET_VERSION: version, ...options },
    description,
    deviations,
  };
}

function perVersion(name, table, sql, options, description, deviations) {
  return versions.map(version => fixture(name, table, sql, version, options, description, deviations));
}

export const duckdbFixtures = [
  ...codecs.flatMap(codec => perVersion(`base_${codec}`, 'base', tables.base, { COMPRESSION: codec },
    `The base table, ${codec === 'uncompressed' ? 'uncompressed' : `compressed with ${codec}`}; DuckDB chooses the encodings.`)),
  ...perVersion('base_nodict', 'base', tables.base, noDictionary,
    'The base table with dictionary encoding turned off (DICTIONARY_SIZE_LIMIT 0).'),
  ...perVersion('base_dict', 'base', tables.base, anyDictionary,
    'The base table with a dictionary on every column where it pays off (DICTIONARY_SIZE_LIMIT 1000000).'),
  ...perVersion('base_nulls', 'baseWithNulls', tables.baseWithNulls, {},
    'The base table with nulls in every column and one all-null column.'),
  ...perVersion('types', 'types', tables.types, {},
    'Every logical type with its edge values and nulls; DuckDB chooses the encodings (no dictionaries: the values are mostly distinct).'),
  ...perVersion('types_dict', 'types', tables.types, anyDictionary,
    'Every logical type with a dictionary wherever DuckDB finds it pays off.', signedZeroMerged),
  ...perVersion('nested', 'nested', tables.nested, {},
    'list<int>, list<double>, list<varchar>, list<list<double>> with null lists, empty lists and null elements; a struct with null fields.'),
  fixture('rowgroups', 'manyRows', tables.manyRows, 'V1', { ROW_GROUP_SIZE: 2048 },
    'Several row groups (DuckDB cuts them at whole 2048-row vectors), each with its own dictionary.'),
  fixture('rowgroups', 'manyRows', tables.manyRows, 'V2', { ROW_GROUP_SIZE: 2048 },
    'Several row groups (DuckDB cuts them at whole 2048-row vectors), each with its own dictionary.'),
  fixture('fieldids', 'withFieldIds', tables.withFieldIds, 'V1', { FIELD_IDS: tables.fieldIds },
    'Field ids on top-level columns, a list element and struct fields.'),
];

/** The COPY option list, e.g. "FORMAT parquet, COMPRESSION zstd, PARQUET_VERSION V2". */
export function copyOptions(options) {
  return ['FORMAT parquet', ...Object.entries(options).map(([key, value]) => `${key} ${value}`)].join(', ');
}
