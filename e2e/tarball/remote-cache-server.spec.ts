import { request } from 'node:http';
import { startRemoteCacheServer, type RemoteCacheServer } from '../support/remote-cache-server';

/**
 * The test's remote cache answers as Nx's self-hosted cache API says (OpenAPI, "build your own
 * caching server"), so that what the tarball suite proves with it holds for a real server.
 */
const READ_WRITE = 'rw-token';
const READ_ONLY = 'ro-token';

interface Reply {
  status: number;
  body: Buffer;
  contentType: string | undefined;
}

let server: RemoteCacheServer;
beforeAll(async () => {
  server = await startRemoteCacheServer({ readWriteToken: READ_WRITE, readOnlyToken: READ_ONLY, maxLifetimeMs: 60_000 });
});
afterAll(() => server?.close());

/** One request; `body` is sent with Content-Length unless `chunked` (which sends none). */
function send(method: string, path: string, options: { token?: string; body?: Buffer; chunked?: boolean } = {}): Promise<Reply> {
  const headers: Record<string, string | number> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body && !options.chunked) headers['Content-Length'] = options.body.length;
  if (options.chunked) headers['Transfer-Encoding'] = 'chunked';
  return new Promise((resolve, reject) => {
    const outgoing = request(`${server.url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), contentType: response.headers['content-type'] }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('the e2e remote cache server (Nx self-hosted cache API)', () => {
  const archive = Buffer.from([0x1f, 0x8b, 0, 1, 2, 3, 255]);

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('401 without a token or with an unknown one, for reads and writes', async () => {
    expect((await send('GET', '/v1/cache/123')).status).toBe(401);
    expect((await send('GET', '/v1/cache/123', { token: 'nope' })).status).toBe(401);
    expect((await send('PUT', '/v1/cache/123', { token: 'nope', body: archive })).status).toBe(401);
  });

  it('403 when a read-only token writes', async () => {
    expect((await send('PUT', '/v1/cache/123', { token: READ_ONLY, body: archive })).status).toBe(403);
  });

  it('404 for a hash it does not have', async () => {
    expect((await send('GET', '/v1/cache/404404', { token: READ_ONLY })).status).toBe(404);
  });

  it('400 for a PUT without Content-Length', async () => {
    expect((await send('PUT', '/v1/cache/400400', { token: READ_WRITE, body: archive, chunked: true })).status).toBe(400);
  });

  it('200 for a PUT, then returns the same bytes as application/octet-stream, and 409 on a second PUT', async () => {
    expect((await send('PUT', '/v1/cache/777', { token: READ_WRITE, body: archive })).status).toBe(200);
    const read = await send('GET', '/v1/cache/777', { token: READ_ONLY });
    expect(read.status).toBe(200);
    expect(read.contentType).toBe('application/octet-stream');
    expect(read.body.equals(archive)).toBe(true);
    expect((await send('PUT', '/v1/cache/777', { token: READ_WRITE, body: Buffer.from('other') })).status).toBe(409);
    expect(server.records.get('777')?.equals(archive)).toBe(true);
  });

  it('404 for any other path', async () => {
    expect((await send('GET', '/v2/cache/777', { token: READ_WRITE })).status).toBe(404);
  });

  it('stops accepting connections once closed', async () => {
    const own = await startRemoteCacheServer({ readWriteToken: READ_WRITE, readOnlyToken: READ_ONLY, maxLifetimeMs: 60_000 });
    await own.close();
    await expect(fetch(`${own.url}/v1/cache/1`)).rejects.toThrow();
  });
});
