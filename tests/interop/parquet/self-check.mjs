// Checks the interop readers against the golden files: for every catalog entry, the canonical rows of DuckDB
// (read-duckdb) and of hyparquet (read-hyparquet) must equal <name>.expected.jsonl, also when reading a subset of
// the columns in another order; the command-line scripts must print the same; the canonical formatting must give the
// documented text for known values. Prints every difference and exits with 1 when there is one.
//   node parquet/self-check.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDate, formatDecimal, formatDouble, formatFloat, formatTimestamp } from './lib/canonical.mjs';
import { run } from './lib/cli.mjs';
import { collectLines, describeDifference } from './lib/compare.mjs';
import { canonicalRows, connectDuckDB, parquetQuery } from './lib/duckdb-rows.mjs';
import { canonicalRowsHyparquet } from './lib/hyparquet-rows.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fixturesRoot = resolve(here, '../../fixtures/parquet');

const formattingCases = [
  ['float 0.1', () => formatFloat(Math.fround(0.1)), '0.1'],
  ['float 1/3', () => formatFloat(Math.fround(1 / 3)), '0.33333334'],
  ['float max', () => formatFloat(Math.fround(3.4028235e38)), '3.4028235e+38'],
  ['float smallest subnormal', () => formatFloat(Math.fround(1.4e-45)), '1e-45'],
  ['float 2^24 + 1 rounds to 2^24', () => formatFloat(Math.fround(16777217)), '16777216'],
  ['float -0', () => formatFloat(-0), '-0'],
  ['float NaN', () => formatFloat(NaN), 'NaN'],
  ['double 1e21', () => formatDouble(1e21), '1e+21'],
  ['double 1e-7', () => formatDouble(1e-7), '1e-7'],
  ['double 1e-6', () => formatDouble(1e-6), '0.000001'],
  ['double 123456789012345680000', () => formatDouble(123456789012345680000), '123456789012345680000'],
  ['double smallest subnormal', () => formatDouble(5e-324), '5e-324'],
  ['double -Infinity', () => formatDouble(-Infinity), '-Infinity'],
  ['decimal -12.30', () => formatDecimal(-1230n, 2), '-12.30'],
  ['decimal -0.01', () => formatDecimal(-1n, 2), '-0.01'],
  ['decimal scale 0', () => formatDecimal(42n, 0), '42'],
  ['date before 1970', () => formatDate(-1), '1969-12-31'],
  ['date 0001-01-01', () => formatDate(-719162), '0001-01-01'],
  ['timestamp just before 1970', () => formatTimestamp(-1n, 'MICROS', false), '1969-12-31T23:59:59.999999'],
  ['timestamp millis, UTC', () => formatTimestamp(1500n, 'MILLIS', true), '1970-01-01T00:00:01.500000Z'],
  ['timestamp nanos', () => formatTimestamp(1n, 'NANOS', false), '1970-01-01T00:00:00.000000001'],
];

run(async () => {
  const failures = [];
  for (const [name, format, expected] of formattingCases) {
    const actual = format();
    if (actual !== expected) failures.push(`formatting ${name}: expected ${expected}, got ${actual}`);
  }

  const catalog = JSON.parse(readFileSync(join(fixturesRoot, 'catalog.json'), 'utf8'));
  const connection = await connectDuckDB();
  for (const entry of catalog.fixtures) {
    const path = join(fixturesRoot, entry.file);
    const expected = readFileSync(join(fixturesRoot, entry.expected), 'utf8').split('\n').slice(0, -1);
    // The last column first, then the first: a projection in another order than the file's.
    const columns = [...new Set([entry.columns.at(-1).name, entry.columns[0].name])];
    const projected = expected.map(line => project(line, columns));
    const readings = {
      duckdb: () => collectLines(canonicalRows(connection, parquetQuery(path))),
      hyparquet: () => collectLines(canonicalRowsHyparquet(path)),
      [`duckdb --columns ${columns}`]: () => collectLines(canonicalRows(connection, parquetQuery(path, columns))),
      [`hyparquet --columns ${columns}`]: () => collectLines(canonicalRowsHyparquet(path, columns)),
    };
    for (const [reader, read] of Object.entries(readings)) {
      const wanted = reader.includes('--columns') ? projected : expected;
      let difference;
      try {
        difference = describeDifference(wanted, await read());
      } catch (error) {
        difference = `failed: ${error.message}`;
      }
      if (difference) failures.push(`${entry.name} (${reader}):\n  ${difference}`);
    }
    if (expected.length !== entry.rows) failures.push(`${entry.name}: the catalog says ${entry.rows} rows, the listing has ${expected.length}`);
  }

  const sample = catalog.fixtures.find(entry => entry.name.startsWith('nested')) ?? catalog.fixtures[0];
  const sampleExpected = readFileSync(join(fixturesRoot, sample.expected), 'utf8');
  for (const script of ['read-duckdb.mjs', 'read-hyparquet.mjs']) {
    const printed = execFileSync(process.execPath, [join(here, script), join(fixturesRoot, sample.file)], { encoding: 'utf8' });
    if (printed !== sampleExpected) failures.push(`${script} ${sample.file}: its output differs from ${sample.expected}`);
  }

  if (failures.length > 0) {
    process.stderr.write(`${failures.length} problem(s):\n${failures.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`${catalog.fixtures.length} golden files read alike by DuckDB and hyparquet; `
    + `${formattingCases.length} formatting cases hold.\n`);
});

// The named fields of one canonical line, in the given order. Re-serializing with JSON.stringify gives the canonical
// text again: the fixtures' struct fields have no integer-like names, whose order a JS object would not keep.
function project(line, columns) {
  const row = JSON.parse(line);
  return `{${columns.map(name => `${JSON.stringify(name)}:${JSON.stringify(row[name])}`).join(',')}}`;
}
