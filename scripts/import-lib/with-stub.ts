/**
 * Starts a local stand-in, then the server, in one process tree: inside the sandbox the server
 * has a loopback of its own, so the stand-in must live there too. Run: node with-stub.ts redis -- <command…>
 */
import { spawn } from 'node:child_process';
import { startFakeRedis } from './fake-redis.ts';

const [stubName, separator, ...command] = process.argv.slice(2);
if (stubName !== 'redis' || separator !== '--' || command.length === 0) {
  process.stderr.write('usage: node with-stub.ts redis -- <command…>\n');
  process.exit(2);
}
const stub = await startFakeRedis();
const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  void stub.stop().finally(() => process.exit(code ?? (signal ? 1 : 0)));
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
