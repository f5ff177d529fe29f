// Rows of a query or a Parquet file as DuckDB returns them, in the canonical form.
import { DuckDBInstance, DuckDBTypeId } from '@duckdb/node-api';
import {
  Fields, formatDate, formatDecimal, formatDouble, formatFloat, formatHex, formatInt64, formatTimestamp,
} from './canonical.mjs';

/** A connection on a fresh in-memory database: one thread, so rows keep the file's order. */
export async function connectDuckDB() {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
}

export function quoteLiteral(text) {
  return `'${text.replaceAll("'", "''")}'`;
}

export function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The SQL reading the file, all columns or the named top-level ones in that order. */
export function parquetQuery(file, columns) {
  const projection = columns?.length ? columns.map(quoteIdentifier).join(', ') : '*';
  return `SELECT ${projection} FROM read_parquet(${quoteLiteral(file)})`;
}

/** Yields the query's rows one canonical `Fields` at a time. */
export async function* canonicalRows(connection, sql) {
  const result = await connection.stream(sql);
  const names = result.columnNames();
  const types = result.columnTypes();
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    for (const row of chunk.getRows()) {
      const fields = new Fields();
      names.forEach((name, i) => fields.set(name, canonicalValue(row[i], types[i], name)));
      yield fields;
    }
  }
}

/** Maps one DuckDB value of the given type to its canonical form. */
export function canonicalValue(value, type, path) {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return value;
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
      return value;
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return formatInt64(value);
    case DuckDBTypeId.FLOAT:
      return formatFloat(value);
    case DuckDBTypeId.DOUBLE:
      return formatDouble(value);
    case DuckDBTypeId.VARCHAR:
      return value;
    case DuckDBTypeId.BLOB:
      return formatHex(value.bytes);
    case DuckDBTypeId.UUID:
      return value.toString();
    case DuckDBTypeId.DATE:
      return formatDate(value.days);
    case DuckDBTypeId.TIMESTAMP:
      return formatTimestamp(value.micros, 'MICROS', false);
    case DuckDBTypeId.TIMESTAMP_TZ:
      return formatTimestamp(value.micros, 'MICROS', true);
    case DuckDBTypeId.TIMESTAMP_MS:
      return formatTimestamp(value.millis, 'MILLIS', false);
    case DuckDBTypeId.TIMESTAMP_S:
      return formatTimestamp(value.seconds, 'SECONDS', false);
    case DuckDBTypeId.TIMESTAMP_NS:
      return formatTimestamp(value.nanos, 'NANOS', false);
    case DuckDBTypeId.DECIMAL:
      return formatDecimal(value.value, type.scale);
    case DuckDBTypeId.LIST:
      return value.items.map((item, i) => canonicalValue(item, type.valueType, `${path}[${i}]`));
    case DuckDBTypeId.STRUCT: {
      const fields = new Fields();
      type.entryNames.forEach((name, i) =>
        fields.set(name, canonicalValue(value.entries[name], type.entryTypes[i], `${path}.${name}`)));
      return fields;
    }
    default:
      throw new Error(`column ${path}: DuckDB type ${type.toString()} has no canonical form`);
  }
}
