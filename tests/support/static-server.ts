import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A running test server: its origin (`http://127.0.0.1:<port>`, a secure context for the browser) and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Content types a static host sends for what the build writes; Pagefind needs `application/wasm` for streaming compilation. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a built site the way a static host does: `/dir/` → `dir/index.html`, `/dir` → redirect to
 * `/dir/`, query strings ignored, misses answered 404 with the site's own 404.html. It exists so
 * that browser tests need neither `astro preview` (which rebuilds nothing but loads Vite) nor a network.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    void respond(base, request.url ?? '/', response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

async function respond(base: string, url: string, response: ServerResponse): Promise<void> {
  const pathname = new URL(url, 'http://host').pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return sendFile(response, 400, path.join(base, '404.html'));
  }
  const file = path.join(base, path.normalize(decoded));
  // path.join after normalize cannot climb above base, but a symlink or `..` left over must still not escape it.
  if (file !== base && !file.startsWith(base + path.sep)) return sendFile(response, 404, path.join(base, '404.html'));
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${pathname}/` });
      return void response.end();
    }
    return sendFile(response, 200, path.join(file, 'index.html'), path.join(base, '404.html'));
  }
  if (info?.isFile()) return sendFile(response, 200, file);
  return sendFile(response, 404, path.join(base, '404.html'));
}

async function sendFile(response: ServerResponse, status: number, file: string, fallback?: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    if (fallback) return sendFile(response, 404, fallback);
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    return void response.end('Not found');
  }
  response.writeHead(status, { 'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': info.size });
  createReadStream(file).pipe(response);
}
