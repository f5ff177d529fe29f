// Reads an Avro object container file with avsc and prints it as JSON lines:
//   line 1: {"codec", "schema" (the header's avro.schema as written), "avscSchema" (the schema as avsc understood
//            it; avsc keeps doc, default, order, aliases and logicalType but drops other attributes such as
//            field-id), "metadata" (every header key, values as lowercase hex)}
//   then one line per value, normalized as described in avsc-support.mjs (bytes as hex, longs beyond 2^53 as
//   strings, NaN/Infinity as strings).
// Usage: node avro/read.mjs FILE
import fs from 'node:fs';
import avro from 'avsc';
import { decoders, normalize, typeForSchema } from './avsc-support.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node avro/read.mjs FILE');
  process.exit(2);
}

const decoder = fs.createReadStream(file).pipe(
  new avro.streams.BlockDecoder({ codecs: decoders, parseHook: (schema) => typeForSchema(schema) }),
);
let type;
decoder.on('metadata', (writerType, codec, header) => {
  type = writerType;
  const metadata = Object.fromEntries(Object.entries(header.meta).map(([k, v]) => [k, v.toString('hex')]));
  console.log(JSON.stringify({
    codec,
    schema: JSON.parse(header.meta['avro.schema'].toString('utf8')),
    avscSchema: type.schema({ exportAttrs: true }),
    metadata,
  }));
});
try {
  for await (const value of decoder) console.log(JSON.stringify(normalize(type, value)));
} catch (err) {
  console.error(`avsc could not read ${file}: ${err.message}`);
  process.exit(1);
}
