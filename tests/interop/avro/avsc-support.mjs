// Shared pieces of the avsc-based Avro scripts: a 64-bit long type on BigInt, the snappy codec with its CRC-32,
// and the normalization of decoded values into JSON.
import zlib from 'node:zlib';
import avro from 'avsc';
import { snappyCompress, snappyUncompress } from 'hysnappy';

/** avsc's default long refuses values beyond 2^53; this one reads and writes BigInt. */
export const bigLong = avro.types.LongType.__with({
  fromBuffer: (buf) => buf.readBigInt64LE(),
  toBuffer: (n) => {
    const buf = Buffer.alloc(8);
    buf.writeBigInt64LE(BigInt(n));
    return buf;
  },
  fromJSON: (json) => BigInt(json),
  toJSON: (n) => Number(n),
  isValid: (n) => typeof n === 'bigint' && n >= -(2n ** 63n) && n < 2n ** 63n,
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
});

/** Parses a schema with every long read as BigInt (other types as avsc does by default). */
export function typeForSchema(schema) {
  return avro.Type.forSchema(schema, {
    typeHook: (s) => (s === 'long' || (s && typeof s === 'object' && s.type === 'long') ? bigLong : undefined),
  });
}

/** The snappy length preamble: a little-endian base-128 varint. */
function snappyLength(body) {
  let length = 0;
  for (let i = 0, shift = 0; i < 5 && i < body.length; i++, shift += 7) {
    length += (body[i] & 0x7f) * 2 ** shift;
    if (body[i] < 0x80) return length;
  }
  throw new Error('bad snappy length preamble');
}

export const codecs = {
  null: (buf, cb) => cb(null, buf),
  deflate: zlib.deflateRaw,
  snappy: (buf, cb) => {
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(buf) >>> 0);
    cb(null, Buffer.concat([Buffer.from(snappyCompress(buf)), crc]));
  },
};

export const decoders = {
  null: (buf, cb) => cb(null, buf),
  deflate: zlib.inflateRaw,
  snappy: (buf, cb) => {
    try {
      const body = buf.subarray(0, buf.length - 4);
      const data = Buffer.from(snappyUncompress(body, snappyLength(body)));
      if ((zlib.crc32(data) >>> 0) !== buf.readUInt32BE(buf.length - 4)) throw new Error('snappy block CRC-32 mismatch');
      cb(null, data);
    } catch (err) {
      cb(err);
    }
  },
};

function normalizeNumber(n) {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Object.is(n, -0)) return '-0';
  return n;
}

/**
 * Decoded value → JSON value: bytes and fixed as lowercase hex; longs as numbers up to 2^53 and as decimal
 * strings beyond; float and double NaN/±Infinity/-0 as the strings "NaN", "Infinity", "-Infinity", "-0";
 * enums as their symbol; unions as the branch's value; records as objects in field order; maps as objects.
 */
export function normalize(type, value) {
  switch (type.typeName) {
    case 'record':
    case 'error': {
      const out = {};
      for (const field of type.fields) out[field.name] = normalize(field.type, value[field.name]);
      return out;
    }
    case 'array':
      return value.map((item) => normalize(type.itemsType, item));
    case 'map':
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(type.valuesType, v)]));
    case 'union:wrapped': {
      if (value === null) return null;
      const key = Object.keys(value)[0];
      return normalize(type.types.find((t) => t.branchName === key), value[key]);
    }
    case 'union:unwrapped':
      if (value === null) return null;
      return normalize(type.types.find((t) => t.typeName !== 'null' && t.isValid(value)), value);
    case 'abstract:long':
      return value >= -(2n ** 53n) && value <= 2n ** 53n ? Number(value) : value.toString();
    case 'float':
    case 'double':
      return normalizeNumber(value);
    case 'bytes':
    case 'fixed':
      return value.toString('hex');
    default:
      return value;
  }
}
