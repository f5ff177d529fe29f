// Rows of a Parquet file as hyparquet decodes them, in the canonical form. The file's own schema decides how each
// JS value is rendered (hyparquet returns the same JS types for several Parquet types).
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import {
  Fields, formatDate, formatDecimal, formatDouble, formatFloat, formatHex, formatInt64, formatTimestamp, formatUuid,
} from './canonical.mjs';

const utf8 = new TextDecoder();
const identity = value => value;

// Keep the raw numbers: hyparquet's defaults turn timestamps into millisecond Dates and dates into Dates.
const rawParsers = {
  timestampFromMilliseconds: identity,
  timestampFromMicroseconds: identity,
  timestampFromNanoseconds: identity,
  dateFromDays: identity,
  jsonFromBytes: identity,
  uuidFromBytes: identity,
};

/** Yields the file's rows one canonical `Fields` at a time, all top-level columns or the named ones in that order. */
export async function* canonicalRowsHyparquet(path, columns) {
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const schema = parquetSchema(metadata);
  const selected = columns?.length ? columns.map(name => childNamed(schema, name)) : schema.children;
  const readable = withUndecodedDecimals(metadata);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = await parquetReadObjects({
      file,
      metadata: readable,
      columns: selected.map(node => node.element.name),
      rowStart,
      rowEnd,
      compressors,
      utf8: false,
      parsers: rawParsers,
    });
    for (const row of rows) {
      const fields = new Fields();
      for (const node of selected) fields.set(node.element.name, canonicalValue(row[node.element.name], node, node.element.name));
      yield fields;
    }
    rowStart = rowEnd;
  }
}

// hyparquet turns decimals into floating-point numbers, which loses digits; without the annotation it returns the
// stored unscaled integers (or bytes), which canonicalValue scales exactly using the file's real schema.
function withUndecodedDecimals(metadata) {
  const schema = metadata.schema.map(element => isDecimal(element)
    ? { ...element, converted_type: undefined, logical_type: undefined }
    : element);
  return { ...metadata, schema };
}

function childNamed(node, name) {
  const child = node.children.find(c => c.element.name === name);
  if (!child) throw new Error(`no column ${name}; the file has ${node.children.map(c => c.element.name).join(', ')}`);
  return child;
}

/** Maps one hyparquet value of the given schema node to its canonical form. */
export function canonicalValue(value, node, path) {
  if (value === null || value === undefined) return null;
  const { element } = node;
  if (node.children.length > 0) return canonicalGroup(value, node, path);
  if (element.repetition_type === 'REPEATED') {
    return Array.from(value, (item, i) => canonicalPrimitive(item, element, `${path}[${i}]`));
  }
  return canonicalPrimitive(value, element, path);
}

function canonicalGroup(value, node, path) {
  const { element } = node;
  const annotation = element.logical_type?.type ?? element.converted_type;
  if (annotation === 'LIST') {
    const repeated = node.children[0];
    // Three-level lists name the element inside the repeated group; older two-level ones repeat the element itself.
    const item = repeated.children.length === 1 && !isLegacyListGroup(repeated, element) ? repeated.children[0] : repeated;
    return Array.from(value, (entry, i) => canonicalValue(entry, item, `${path}[${i}]`));
  }
  if (annotation === 'MAP' || annotation === 'MAP_KEY_VALUE') {
    throw new Error(`column ${path}: maps have no canonical form`);
  }
  const fields = new Fields();
  for (const child of node.children) {
    const name = child.element.name;
    fields.set(name, canonicalValue(value[name], child, `${path}.${name}`));
  }
  return fields;
}

function isLegacyListGroup(repeated, list) {
  const name = repeated.element.name;
  return name === 'array' || name === `${list.name}_tuple`;
}

function canonicalPrimitive(value, element, path) {
  const logical = element.logical_type;
  const converted = element.converted_type;
  if (isDecimal(element)) return formatDecimal(unscaled(value), logical?.scale ?? element.scale ?? 0);
  switch (element.type) {
    case 'BOOLEAN':
      return value;
    case 'INT32':
      if (logical?.type === 'DATE' || converted === 'DATE') return formatDate(value);
      if (logical?.type === 'TIME' || converted === 'TIME_MILLIS') break;
      return Number(value);
    case 'INT64':
      if (logical?.type === 'TIMESTAMP') return formatTimestamp(value, logical.unit, logical.isAdjustedToUTC);
      // The legacy annotations mean UTC-adjusted instants.
      if (converted === 'TIMESTAMP_MILLIS') return formatTimestamp(value, 'MILLIS', true);
      if (converted === 'TIMESTAMP_MICROS') return formatTimestamp(value, 'MICROS', true);
      if (logical?.type === 'TIME' || converted === 'TIME_MICROS') break;
      return formatInt64(value);
    case 'FLOAT':
      return formatFloat(value);
    case 'DOUBLE':
      return formatDouble(value);
    case 'BYTE_ARRAY':
      if (isText(element)) return typeof value === 'string' ? value : utf8.decode(value);
      return formatHex(value);
    case 'FIXED_LEN_BYTE_ARRAY':
      if (logical?.type === 'UUID') return formatUuid(value);
      if (logical?.type === 'FLOAT16') break;
      return formatHex(value);
    default:
      break;
  }
  const annotation = logical?.type ?? converted;
  throw new Error(`column ${path}: ${element.type}${annotation ? ` (${annotation})` : ''} has no canonical form`);
}

function isDecimal(element) {
  return element.logical_type?.type === 'DECIMAL' || element.converted_type === 'DECIMAL';
}

function isText(element) {
  const annotation = element.logical_type?.type ?? element.converted_type;
  return annotation === 'STRING' || annotation === 'UTF8' || annotation === 'ENUM' || annotation === 'JSON';
}

// A decimal's stored integer: INT32 (number), INT64 (bigint) or big-endian two's complement bytes.
function unscaled(value) {
  if (!(value instanceof Uint8Array)) return BigInt(value);
  let result = 0n;
  for (const byte of value) result = (result << 8n) | BigInt(byte);
  const bits = BigInt(value.length * 8);
  return value.length > 0 && value[0] & 0x80 ? result - (1n << bits) : result;
}
