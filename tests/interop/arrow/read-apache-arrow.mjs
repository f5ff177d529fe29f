// Prints the rows of an Arrow IPC stream file as the apache-arrow package reads them, one canonical JSON object
// per line (the canonical form of README.md).
//   node arrow/read-apache-arrow.mjs FILE
import { readFileSync } from 'node:fs';
import { tableFromIPC, Type } from 'apache-arrow';
import { Fields, formatDate, formatDecimal, formatDouble, formatFloat, formatHex, formatInt64, formatTimestamp } from '../parquet/lib/canonical.mjs';
import { parseReaderArguments, run, writeRows } from '../parquet/lib/cli.mjs';

const TIMESTAMP_UNITS = ['SECONDS', 'MILLIS', 'MICROS', 'NANOS'];

run(async () => {
  const { file } = parseReaderArguments('arrow/read-apache-arrow.mjs');
  const table = tableFromIPC(readFileSync(file));
  const columns = table.schema.fields.map(field => ({ field, vector: table.getChild(field.name) }));
  await writeRows(rows(table.numRows, columns));
});

function* rows(count, columns) {
  for (let row = 0; row < count; row++) {
    const fields = new Fields();
    for (const { field, vector } of columns) fields.set(field.name, canonical(vector, row, field.type, field.name));
    yield fields;
  }
}

/** The canonical form of the value at `index` of `vector`, whose type is `type`. */
function canonical(vector, index, type, path) {
  if (!vector.isValid(index)) return null;
  switch (type.typeId) {
    case Type.Bool:
      return vector.get(index);
    case Type.Int:
      return type.bitWidth === 64 ? formatInt64(vector.get(index)) : vector.get(index);
    case Type.Float:
      return type.precision === 2 ? formatDouble(vector.get(index)) : formatFloat(vector.get(index));
    case Type.Utf8:
      return vector.get(index);
    case Type.Binary:
    case Type.FixedSizeBinary:
      return formatHex(vector.get(index));
    case Type.Decimal:
      return formatDecimal(decimalUnscaled(raw(vector, index, 4)), type.scale);
    case Type.Date:
      return formatDate(Math.round(Number(vector.get(index)) / 86_400_000));
    case Type.Timestamp:
      // The raw count of units, since apache-arrow hands timestamps out as milliseconds.
      return formatTimestamp(raw(vector, index, 1), TIMESTAMP_UNITS[type.unit], type.timezone != null && type.timezone !== '');
    case Type.List: {
      const elements = vector.get(index);
      const element = type.children[0].type;
      return Array.from({ length: elements.length }, (_, i) => canonical(elements, i, element, `${path}[]`));
    }
    case Type.Struct: {
      const fields = new Fields();
      type.children.forEach((child, i) => fields.set(child.name, canonical(vector.getChildAt(i), index, child.type, `${path}.${child.name}`)));
      return fields;
    }
    default:
      throw new Error(`column ${path}: Arrow type ${type} is not covered by the canonical form`);
  }
}

/** The value's raw storage words (`width` of them) from the chunk holding it. */
function raw(vector, index, width) {
  let position = index;
  for (const data of vector.data) {
    if (position < data.length) {
      const at = (data.offset + position) * width;
      return width === 1 ? data.values[at] : data.values.subarray(at, at + width);
    }
    position -= data.length;
  }
  throw new Error(`row ${index} is past the end of the column`);
}

/** A little-endian 128-bit two's-complement integer from four 32-bit words. */
function decimalUnscaled(words) {
  let value = 0n;
  for (let i = 3; i >= 0; i--) value = (value << 32n) | BigInt(words[i] >>> 0);
  return BigInt.asIntN(128, value);
}
