import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8765;

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on host:port (127.0.0.1 unless told otherwise; port 0 picks a free one) and resolves once bound. */
export function startServer(app: Hono, options: { host?: string; port?: number } = {}): Promise<RunningServer> {
  const hostname = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
