/**
 * Serves dist/ the way a static host would: clean URLs, the 404 page, and
 * gzip or brotli compression as the browser asks. Used by the benchmarks so
 * they measure the bytes a reader would really download.
 */
import compression from 'compression';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export const distDir = join(import.meta.dirname, '..', 'dist');

/** Starts the server on `port` (0: any free port); resolves with the server and its URL. */
export function serveDist(port = 0): Promise<{ server: Server; origin: string }> {
  const compress = compression({ threshold: 0 });
  const files = sirv(distDir, { dev: false, etag: true, single: false, extensions: ['html'] });
  const notFound = readFileSync(join(distDir, '404.html'));
  const server = createServer((request, response) => {
    compress(request as never, response as never, () => {
      // Unknown paths get the 404 page with status 404, as static hosts send it.
      files(request, response, () => {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        response.end(notFound);
      });
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
    }),
  );
}
