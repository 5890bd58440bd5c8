// Serves a built site over HTTP/2, as a CDN serves it in production, for the benchmark. Chromium
// then fetches the files a query needs at once; over HTTP/1.1 (`astro preview`) it fetches six at
// a time, and a page of results needs about twenty. TLS with a certificate openssl makes for the
// run (browsers speak HTTP/2 only over TLS); the browser context must ignore HTTPS errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import type { PreviewServer } from './preview-server';

/** Starts the server on `dist`, or says why it cannot (openssl could not make a certificate). */
export async function startHttp2Server(dist: string, port: number): Promise<PreviewServer | { error: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-h2-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { encoding: 'utf8' });
  if (made.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { error: `openssl could not make a certificate (${made.error?.message ?? made.stderr.trim()})` };
  }
  const serve = sirv(dist, { dev: false, etag: true });
  const server = createSecureServer({ key: readFileSync(key), cert: readFileSync(cert), allowHTTP1: true }, (request, response) => {
    // sirv is written for node:http; HTTP/2's compatibility API has the parts it uses (headers,
    // url, method, writeHead, end, and piping a file stream into the response).
    serve(request as unknown as IncomingMessage, response as unknown as ServerResponse, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `https://127.0.0.1:${port}`,
    stop: () => {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
