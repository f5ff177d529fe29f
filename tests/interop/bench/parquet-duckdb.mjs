// The DuckDB side of the Parquet benchmark: writes the same table shape, reads it fully and projected,
// and reads Lineage's file too. Prints a JSON array of {phase, rows, seconds, fileBytes}.
//   node bench/parquet-duckdb.mjs OUT_FILE LINEAGE_FILE ROWS CODEC
import { statSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [out, lineageFile, rowsText, codec] = process.argv.slice(2);
const rows = Number(rowsText);
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const results = [];

async function timed(phase, file, sql) {
  const started = process.hrtime.bigint();
  await connection.run(sql);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  results.push({ phase, rows, seconds, fileBytes: statSync(file).size });
}

const quote = (path) => `'${path.replaceAll("'", "''")}'`;
await timed('write', out, `COPY (
  SELECT i::BIGINT AS id, i * 0.25 - 1e6 AS value, 'category-' || lpad(((i * 7) % 100)::VARCHAR, 3, '0') AS category,
         CASE WHEN i % 3 = 0 THEN NULL ELSE i / 7.0 END::DOUBLE AS maybe,
         [i + 0.0, i + 0.125, i + 0.25, i + 0.375, i + 0.5, i + 0.625, i + 0.75, i + 0.875]::DOUBLE[] AS vector
  FROM range(${rows}) t(i)) TO ${quote(out)} (FORMAT parquet, COMPRESSION ${codec === 'none' ? 'uncompressed' : codec})`);
await timed('read', out, `SELECT count(id), sum(value), count(category), sum(maybe), sum(len(vector)) FROM read_parquet(${quote(out)})`);
await timed('project', out, `SELECT sum(value) FROM read_parquet(${quote(out)})`);
await timed('read of lineage file', lineageFile, `SELECT count(id), sum(value), count(category), sum(maybe), sum(len(vector)) FROM read_parquet(${quote(lineageFile)})`);
console.log(JSON.stringify(results));
