import { createServer, type Socket } from 'node:net';

/** A running stand-in; `stop` ends its connections too, so a client that outlived the import cannot hold it open. */
export interface FakeRedis {
  stop: () => Promise<void>;
}

/**
 * A throw-away stand-in for Redis on 127.0.0.1: it answers `+OK` to every command. The archived
 * Redis server will not answer `initialize` until its client is "ready", and listing tools
 * touches no data, so this is all it needs.
 */
export function startFakeRedis(port = 6379): Promise<FakeRedis> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    // One reply per RESP array (`*<n>`) in the chunk: the client pipelines its start-up commands.
    socket.on('data', (data) => socket.write('+OK\r\n'.repeat((data.toString().match(/^\*/gm) ?? []).length)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`cannot start the fake Redis on 127.0.0.1:${port}: ${error.message}`, { cause: error })));
    const stop = (): Promise<void> => {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(() => done()));
    };
    server.listen(port, '127.0.0.1', () => resolve({ stop }));
  });
}
