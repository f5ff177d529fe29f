// The SQL of the tables the golden files hold. Every value derives from the row number through exact integer or
// IEEE arithmetic (no random numbers, no transcendental functions, no clock), so every run writes the same bytes.

/** The table most fixtures vary around: a few hundred rows of the everyday column kinds. */
export const base = `
SELECT
  i::BIGINT AS id,
  ((i * 7919) % 20011 - 10005)::INTEGER AS n,
  ((i * 7919) % 10007)::DOUBLE / 8 AS x,
  'cat-' || (i % 5) AS cat,
  CASE WHEN i % 50 = 7 THEN 'zeile-' || i || '-ü' ELSE 'row-' || i END AS s,
  i % 3 = 0 AS flag
FROM range(300) t(i)`;

/** The base table with nulls in every column (each on its own cadence) and one column that is always null. */
export const baseWithNulls = `
SELECT
  CASE WHEN i % 10 = 9 THEN NULL ELSE i END::BIGINT AS id,
  CASE WHEN i % 7 = 3 THEN NULL ELSE (i * 7919) % 20011 - 10005 END::INTEGER AS n,
  CASE WHEN i % 5 = 1 THEN NULL ELSE ((i * 7919) % 10007)::DOUBLE / 8 END AS x,
  CASE WHEN i % 4 = 2 THEN NULL ELSE 'cat-' || (i % 5) END AS cat,
  CASE WHEN i % 6 = 5 THEN NULL ELSE 'row-' || i END AS s,
  CASE WHEN i % 8 = 0 THEN NULL ELSE i % 3 = 0 END AS flag,
  NULL::INTEGER AS never
FROM range(300) t(i)`;

/** Enough rows for three row groups of DuckDB's 2048-row vectors, with a per-group dictionary column. */
export const manyRows = `
SELECT
  i::BIGINT AS id,
  'cat-' || (i % 7) AS cat
FROM range(4200) t(i)`;

/** Lists (null lists, empty lists, null elements), a list of lists and a struct. */
export const nested = `
SELECT
  i::BIGINT AS id,
  CASE i % 6
    WHEN 0 THEN NULL
    WHEN 1 THEN []::INTEGER[]
    WHEN 2 THEN [NULL]::INTEGER[]
    WHEN 3 THEN [i, NULL, -i]::INTEGER[]
    ELSE list_transform(range(i % 5 + 1), lambda k: (i * 10 + k)::INTEGER)
  END AS li,
  CASE i % 7
    WHEN 0 THEN NULL
    WHEN 1 THEN []::DOUBLE[]
    WHEN 2 THEN [NULL, 0.5]::DOUBLE[]
    WHEN 3 THEN ['NaN', '-0.0', 'Infinity', '-Infinity']::DOUBLE[]
    ELSE list_transform(range(i % 4 + 1), lambda k: (i + k)::DOUBLE / 4)
  END AS ld,
  CASE i % 5
    WHEN 0 THEN NULL
    WHEN 1 THEN []::VARCHAR[]
    WHEN 2 THEN ['', NULL, 'ä']
    ELSE list_transform(range(i % 3 + 1), lambda k: 'v' || ((i + k) % 17))
  END AS ls,
  CASE i % 8
    WHEN 0 THEN NULL
    WHEN 1 THEN []::DOUBLE[][]
    WHEN 2 THEN [NULL]::DOUBLE[][]
    WHEN 3 THEN [[]]::DOUBLE[][]
    WHEN 4 THEN [[NULL], [], NULL, [1.5]]::DOUBLE[][]
    ELSE list_transform(range(i % 3 + 1), lambda k: list_transform(range(k + 1), lambda m: (i * 100 + k * 10 + m)::DOUBLE / 2))
  END AS lld,
  CASE i % 9
    WHEN 0 THEN NULL
    WHEN 1 THEN {'a': NULL, 'b': NULL}::STRUCT(a INTEGER, b VARCHAR)
    WHEN 2 THEN {'a': i, 'b': NULL}::STRUCT(a INTEGER, b VARCHAR)
    ELSE {'a': i, 'b': 'name-' || i}::STRUCT(a INTEGER, b VARCHAR)
  END AS st
FROM range(360) t(i)`;

/** Columns with field ids (ids in fieldIds below), including a list's element and a struct's fields. */
export const withFieldIds = `
SELECT
  i::BIGINT AS id,
  'name-' || i AS name,
  CASE WHEN i % 4 = 0 THEN NULL ELSE list_transform(range(i % 3), lambda k: 'tag' || k) END AS tags,
  {'x': i::DOUBLE / 2, 'y': -(i::DOUBLE) / 4} AS point
FROM range(300) t(i)`;

export const fieldIds = '{id: 1, name: 2, tags: {__duckdb_field_id: 3, element: 4}, point: {__duckdb_field_id: 5, x: 6, y: 7}}';

// Every logical type: the first rows hold the edge values of each column, later rows derived values, every k-th
// row a null, and the last row nulls only.
const typeColumns = [
  { name: 'b', type: 'BOOLEAN', nullEvery: 13, edges: ['true', 'false'], derived: '(i * 7) % 3 = 0' },
  { name: 'i8', type: 'TINYINT', nullEvery: 11, edges: ['-128', '127', '0', '-1'], derived: '(i * 37) % 256 - 128' },
  { name: 'i16', type: 'SMALLINT', nullEvery: 12, edges: ['-32768', '32767', '0'], derived: '(i * 7919) % 65536 - 32768' },
  {
    name: 'i32', type: 'INTEGER', nullEvery: 14,
    edges: ['-2147483648', '2147483647', '0'], derived: '(i * 104729) % 2147483647 - 1073741823',
  },
  {
    name: 'i64', type: 'BIGINT', nullEvery: 15,
    edges: ['-9223372036854775808', '9223372036854775807', '9007199254740993', '-9007199254740993', '0'],
    derived: 'i * 11111111111111111 * (1 - 2 * (i % 2))',
  },
  {
    name: 'f32', type: 'FLOAT', nullEvery: 16,
    edges: ["'NaN'", "'Infinity'", "'-Infinity'", "'-0.0'", '0', '1.5', '3.4028235e38', '1.4e-45', '1.1754944e-38',
      '0.1', '16777217', '1e-7', '123456.79', '-2.5e10'],
    derived: '((i * 7919) % 10007)::FLOAT / 7 - 500',
  },
  {
    name: 'f64', type: 'DOUBLE', nullEvery: 17,
    edges: ["'NaN'", "'Infinity'", "'-Infinity'", "'-0.0'", '0', '5e-324', '2.2250738585072014e-308',
      '1.7976931348623157e308', '0.1', '1e21', '1e-7', '123456789012345680000', '1e-6', '9007199254740993', '-1.5'],
    derived: '((i * 7919) % 10007)::DOUBLE / 7 - 700',
  },
  {
    name: 's', type: 'VARCHAR', nullEvery: 18,
    edges: ["''", "'ASCII'", "'Grüße'", "'日本語'", "'🦆 duck'",
      "'tab' || chr(9) || 'newline' || chr(10) || 'quote\" backslash\\ end'", "repeat('xyz', 100)"],
    derived: "'text-' || i || repeat('·', i % 4)",
  },
  {
    name: 'bin', type: 'BLOB', nullEvery: 19,
    edges: ["''", "'\\x00\\xFF\\x10'", "'abc'"], derived: "from_hex(printf('%02x%02x', i % 256, (i * 7) % 256))",
  },
  {
    name: 'd', type: 'DATE', nullEvery: 20,
    edges: ["'0001-01-01'", "'1900-01-01'", "'1969-12-31'", "'1970-01-01'", "'2000-02-29'", "'9999-12-31'"],
    derived: "DATE '1950-01-01' + (i * 97)::INTEGER",
  },
  {
    name: 'ts', type: 'TIMESTAMP', nullEvery: 21,
    edges: ["'0001-01-01 00:00:00'", "'1900-01-01 00:00:00.000001'", "'1969-12-31 23:59:59.999999'",
      "'1970-01-01 00:00:00'", "'2000-02-29 12:34:56.789012'", "'9999-12-31 23:59:59.999999'"],
    derived: 'make_timestamp(-300000000000000 + i * 1234567890123)',
  },
  {
    name: 'tstz', type: 'TIMESTAMPTZ', nullEvery: 22,
    edges: ["'0001-01-01 00:00:00+00'", "'1969-12-31 23:59:59.999999+00'", "'1970-01-01 00:00:00+00'",
      "'2024-02-29 12:34:56.789012+00'", "'9999-12-31 23:59:59.999999+00'"],
    derived: 'make_timestamp(i * 9876543210987)::TIMESTAMPTZ',
  },
  {
    name: 'dec9', type: 'DECIMAL(9,2)', nullEvery: 23,
    edges: ['0', '-0.01', '0.01', '9999999.99', '-9999999.99', '12.3'],
    derived: "(((i * 7919) % 2000000 - 1000000)::VARCHAR || '.' || lpad((i % 100)::VARCHAR, 2, '0'))",
  },
  {
    name: 'dec18', type: 'DECIMAL(18,4)', nullEvery: 24,
    edges: ['0', '99999999999999.9999', '-99999999999999.9999', '0.0001', '-1.5'],
    derived: "((i * 1234567891) % 100000000000000 - 50000000000000)::VARCHAR || '.' || lpad(((i * 37) % 10000)::VARCHAR, 4, '0')",
  },
  {
    name: 'dec38', type: 'DECIMAL(38,10)', nullEvery: 25,
    edges: ["'9999999999999999999999999999.9999999999'", "'-9999999999999999999999999999.9999999999'",
      "'0.0000000001'", "'-0.0000000001'", '0', "'12345678901234567890.1234567890'"],
    derived: "(i * 7919)::VARCHAR || '123456789012345678.' || lpad(((i * 104729) % 10000000000)::VARCHAR, 10, '0')",
  },
  {
    name: 'u', type: 'UUID', nullEvery: 26,
    edges: ["'00000000-0000-0000-0000-000000000000'", "'ffffffff-ffff-ffff-ffff-ffffffffffff'",
      "'123e4567-e89b-12d3-a456-426614174000'", "'80000000-0000-0000-0000-000000000000'",
      "'7fffffff-ffff-ffff-ffff-ffffffffffff'"],
    derived: "md5('u' || i)::UUID",
  },
];

const typeRows = 200;

function typeColumnSql({ name, type, nullEvery, edges, derived }) {
  const edgeList = `[${edges.map(edge => `CAST(${edge} AS ${type})`).join(', ')}]`;
  return `  CASE
    WHEN i = ${typeRows - 1} THEN NULL
    WHEN i < ${edges.length} THEN ${edgeList}[i + 1]
    WHEN i % ${nullEvery} = ${nullEvery - 1} THEN NULL
    ELSE CAST(${derived} AS ${type})
  END AS ${name}`;
}

export const types = `
SELECT
${typeColumns.map(typeColumnSql).join(',\n')}
FROM range(${typeRows}) t(i)`;
