// Writes a small Parquet file with DuckDB, for tests that read its footer.
//   node thrift/write-sample.mjs OUT
// Prints what was written as JSON: the columns (name, physical type), the row count and the row groups.
import { DuckDBInstance } from '@duckdb/node-api';

const [out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node thrift/write-sample.mjs OUT');
  process.exit(2);
}

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const escaped = out.replaceAll("'", "''");
await connection.run(`
  COPY (
    SELECT
      i::BIGINT AS id,
      'molecule_' || (i % 7) AS molecule,
      (i * 0.25)::DOUBLE AS energy,
      i % 3 = 0 AS converged,
      (DATE '2026-11-20' + (i % 5)::INTEGER) AS processing_date,
      CASE WHEN i % 4 = 0 THEN NULL ELSE i::INTEGER END AS iterations,
      TIMESTAMPTZ '2026-11-20 00:00:00+00' + to_seconds(i) AS measured_at,
      (i / 100)::DECIMAL(10, 2) AS weight
    FROM range(2500) AS t(i)
  ) TO '${escaped}' (FORMAT parquet, ROW_GROUP_SIZE 1000, COMPRESSION zstd)`);

const schema = await connection.runAndReadAll(`
  SELECT name, type, converted_type, repetition_type, logical_type
  FROM parquet_schema('${escaped}') WHERE num_children IS NULL OR num_children = 0`);
const groups = await connection.runAndReadAll(`
  SELECT row_group_id, max(row_group_num_rows) AS num_rows
  FROM parquet_metadata('${escaped}') GROUP BY row_group_id ORDER BY row_group_id`);
console.log(JSON.stringify({
  columns: schema.getRowObjectsJson(),
  numRows: 2500,
  rowGroupRows: groups.getRowObjectsJson().map((g) => Number(g.num_rows)),
}));
