// A local S3-compatible server for the object-store tests: node --openssl-legacy-provider s3/start.mjs PORT DIR
// (the flag lets s3rver make the DES-based continuation tokens of paged listings under OpenSSL 3).
// Listens on 127.0.0.1:PORT, keeps objects under DIR, creates the bucket the tests use and prints a line when ready.
import S3rver from 's3rver';

const [port, directory] = process.argv.slice(2);
if (!port || !directory) {
  console.error('usage: node s3/start.mjs PORT DIR');
  process.exit(2);
}

// s3rver's file store can throw from a request handler when tests race on the same keys (say, a listing while an
// object is being replaced). Such a request fails; the server must stay up for every other test.
process.on('uncaughtException', (error) => console.error(`s3 server: request failed: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => console.error(`s3 server: request failed: ${error?.stack ?? error}`));

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(port),
  directory,
  silent: true,
  configureBuckets: [{ name: 'lineage-test', configs: [] }],
});

await server.run();
console.log(`s3 server ready on http://127.0.0.1:${port}`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
