/**
 * An HTTP proxy on a unix socket in front of the Docker daemon, for tests. It parses every request, so it records
 * each one's method and path however the bytes arrive, and forwards it unchanged (responses stream, for the
 * events endpoint). It can be stopped (every connection closed, its socket gone: the daemon "went away") and
 * started again on the same path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type ClientRequest, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the daemon listens, as the docker CLI in this environment sees it. */
export const daemonSocket = process.env.DOCKER_HOST?.startsWith('unix://')
  ? process.env.DOCKER_HOST.slice('unix://'.length)
  : '/var/run/docker.sock';

export interface RecordingProxy {
  /** The address to give docker-kata: `--host <host>`. */
  host: string;
  /** "GET /v1.41/containers/json?…", one per request, in order. */
  requests: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

export async function recordingProxy(): Promise<RecordingProxy> {
  const folder = mkdtempSync(join(tmpdir(), 'docker-kata-proxy-'));
  const path = join(folder, 'docker.sock');
  const requests: string[] = [];
  const upstreams = new Set<ClientRequest>();
  const sockets = new Set<Socket>();
  let server: Server | undefined;

  const proxy: RecordingProxy = {
    host: `unix://${path}`,
    requests,
    async start() {
      server = createServer((incoming, outgoing) => {
        requests.push(`${incoming.method} ${incoming.url}`);
        const upstream = request(
          { socketPath: daemonSocket, method: incoming.method, path: incoming.url, headers: incoming.headers },
          (answer) => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(outgoing);
          },
        );
        upstreams.add(upstream);
        upstream.on('close', () => upstreams.delete(upstream));
        upstream.on('error', () => outgoing.destroy());
        incoming.pipe(upstream);
      });
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server!.listen(path, resolve));
    },
    async stop() {
      const closing = server;
      server = undefined;
      if (!closing) return;
      for (const upstream of upstreams) upstream.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
    async close() {
      await proxy.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  await proxy.start();
  return proxy;
}
