import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * A minimal Nx self-hosted remote cache: the HTTP API Nx documents for "build your own caching
 * server" (OpenAPI, Nx 20.8+), kept in memory, on 127.0.0.1 only.
 *
 *   GET /v1/cache/{hash}  200 + the tar archive (application/octet-stream) | 404 not found
 *   PUT /v1/cache/{hash}  Content-Length + body → 200 stored | 400 no/invalid Content-Length
 *                         | 409 a record exists (never overwritten)
 *   both                  401 missing or unknown bearer token | 403 the token may not do this
 *                         (a read-only token used to write)
 *
 * Nx reads it from NX_SELF_HOSTED_REMOTE_CACHE_SERVER (the URL) and
 * NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN (sent as `Authorization: Bearer <token>`).
 */
export interface RemoteCacheServer {
  /** `http://127.0.0.1:<port>`: the value of NX_SELF_HOSTED_REMOTE_CACHE_SERVER. */
  readonly url: string;
  /** Every request answered, in order. */
  readonly requests: readonly CacheRequest[];
  /** hash → the archive Nx uploaded. */
  readonly records: ReadonlyMap<string, Buffer>;
  close(): Promise<void>;
}

export interface CacheRequest {
  method: string;
  hash: string | undefined;
  status: number;
  bytes: number;
}

export interface RemoteCacheServerOptions {
  /** May read and write. */
  readWriteToken: string;
  /** May only read (a developer's token in the usual setup, where only CI writes). */
  readOnlyToken: string;
  /** Closes itself after this long even if nobody calls close() (a test that never ends). */
  maxLifetimeMs: number;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export async function startRemoteCacheServer(options: RemoteCacheServerOptions): Promise<RemoteCacheServer> {
  const records = new Map<string, Buffer>();
  const requests: CacheRequest[] = [];

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => reply(response, 500, `remote cache: ${String(error)}`));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hash = /^\/v1\/cache\/([A-Za-z0-9_-]+)$/.exec(request.url ?? '')?.[1];
    const answer = (status: number, body?: Buffer | string, bytes = 0): void => {
      requests.push({ method: request.method ?? '', hash, status, bytes });
      reply(response, status, body);
    };
    if (hash === undefined) return answer(404, 'no such endpoint');
    if (request.method !== 'GET' && request.method !== 'PUT') return answer(405, 'GET or PUT');

    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (token !== options.readWriteToken && token !== options.readOnlyToken) return answer(401, 'missing or invalid bearer token');

    if (request.method === 'GET') {
      const record = records.get(hash);
      return record ? answer(200, record, record.length) : answer(404);
    }
    if (token !== options.readWriteToken) return answer(403, 'this token may only read');
    const declared = Number(request.headers['content-length']);
    if (!Number.isSafeInteger(declared) || declared < 0 || declared > MAX_BODY_BYTES) return answer(400, 'missing or invalid Content-Length');
    const body = await readBody(request);
    if (body.length !== declared) return answer(400, `Content-Length ${declared}, received ${body.length} bytes`);
    if (records.has(hash)) return answer(409, 'a record with this hash exists');
    records.set(hash, body);
    return answer(200, undefined, body.length);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the remote cache server has no TCP address');
  const { port } = address;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  const lifetime = setTimeout(() => void close(), options.maxLifetimeMs);
  lifetime.unref();

  return { url: `http://127.0.0.1:${port}`, requests, records, close };
}

function reply(response: ServerResponse, status: number, body?: Buffer | string): void {
  if (response.headersSent) return;
  if (Buffer.isBuffer(body)) {
    response.writeHead(status, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length });
    response.end(body);
  } else {
    response.writeHead(status, body === undefined ? {} : { 'Content-Type': 'text/plain' });
    response.end(body);
  }
}

/** The body as HTTP framed it: Node's parser stops at Content-Length, so a short body means the client gave up. */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}
