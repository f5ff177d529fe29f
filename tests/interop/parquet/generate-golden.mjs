// Regenerates tests/fixtures/parquet: the DuckDB golden files (duckdb/), the DATA_PAGE_V2 files of hyparquet-writer
// (hyparquet-writer/), each with <name>.expected.jsonl (its rows as DuckDB reads them back, in the canonical form),
// and catalog.json describing every file. Deterministic: running it twice gives byte-identical files.
//   node parquet/generate-golden.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogEntry } from './golden/catalog-entry.mjs';
import { copyOptions, duckdbFixtures } from './golden/duckdb-fixtures.mjs';
import { hyparquetWriterFixtures } from './golden/hyparquet-writer-fixtures.mjs';
import { run } from './lib/cli.mjs';
import { toJsonText } from './lib/canonical.mjs';
import { collectLines, describeDifference } from './lib/compare.mjs';
import { canonicalRows, connectDuckDB, parquetQuery, quoteLiteral } from './lib/duckdb-rows.mjs';

const interopRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesRoot = resolve(interopRoot, '../fixtures/parquet');

run(async () => {
  const connection = await connectDuckDB();
  const duckdbVersion = (await (await connection.runAndReadAll('SELECT version()')).getRows())[0][0];
  const writers = {
    duckdb: `DuckDB ${duckdbVersion} (@duckdb/node-api ${packageVersion('@duckdb/node-api')})`,
    'hyparquet-writer': `hyparquet-writer ${packageVersion('hyparquet-writer')}`,
  };
  for (const folder of Object.keys(writers)) {
    rmSync(join(fixturesRoot, folder), { recursive: true, force: true });
    mkdirSync(join(fixturesRoot, folder), { recursive: true });
  }

  const entries = [];
  for (const fixture of duckdbFixtures) {
    const options = copyOptions(fixture.options);
    const files = fixtureFiles('duckdb', fixture.name);
    await connection.run(`COPY (${fixture.sql}) TO ${quoteLiteral(files.path)} (${options})`);
    const written = await readBack(connection, files);
    const source = await sourceLines(connection, fixture);
    const difference = describeDifference(source, written);
    if (difference) throw new Error(`${fixture.name}: DuckDB read back other rows than it wrote:\n  ${difference}`);
    entries.push(await catalogEntry(connection, {
      ...files, fixture: { ...fixture, copyOptions: options }, origin: writers.duckdb,
    }));
  }
  for (const fixture of hyparquetWriterFixtures) {
    const files = fixtureFiles('hyparquet-writer', fixture.name);
    writeFileSync(files.path, new Uint8Array(fixture.write()));
    await readBack(connection, files);
    entries.push(await catalogEntry(connection, { ...files, fixture, origin: writers['hyparquet-writer'] }));
  }

  const catalog = {
    about: 'Golden Parquet files and their rows in the canonical JSON form of tests/interop/README.md. '
      + 'Regenerate with: cd tests/interop && node parquet/generate-golden.mjs',
    writers,
    fixtures: entries,
  };
  writeFileSync(join(fixturesRoot, 'catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);
  process.stdout.write(`${entries.length} golden files written to ${fixturesRoot}\n`);
});

// The rows the COPY wrote, with the changes DuckDB is known to make on the way (see the fixture's deviations).
async function sourceLines(connection, fixture) {
  const lines = [];
  let index = 0;
  for await (const row of canonicalRows(connection, fixture.sql)) {
    for (const { row: at, column, wrote, readsBack } of fixture.deviations ?? []) {
      if (at !== index) continue;
      if (row.get(column) !== wrote) throw new Error(`${fixture.name}: row ${at} ${column} is ${row.get(column)}, not ${wrote}`);
      row.set(column, readsBack);
    }
    lines.push(toJsonText(row));
    index++;
  }
  return lines;
}

function fixtureFiles(folder, name) {
  const file = `${folder}/${name}.parquet`;
  const expected = `${folder}/${name}.expected.jsonl`;
  return { file, expected, path: join(fixturesRoot, file), expectedPath: join(fixturesRoot, expected) };
}

// Writes the file's rows as DuckDB reads them to the expected listing and returns them.
async function readBack(connection, { path, expectedPath }) {
  const lines = await collectLines(canonicalRows(connection, parquetQuery(path)));
  writeFileSync(expectedPath, lines.map(line => `${line}\n`).join(''));
  return lines;
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(interopRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
}
