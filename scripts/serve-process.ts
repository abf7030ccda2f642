// Starts scripts/serve.mjs as a child for tools that need the built site over HTTP. Its stderr is
// forwarded rather than inherited, so the child never holds a caller's pipe open after it exits.
import { type ChildProcess, spawn } from 'node:child_process';

export async function startServer(port: string, dir?: string): Promise<ChildProcess> {
	const args = ['scripts/serve.mjs', '--port', port, ...(dir ? ['--dir', dir] : [])];
	const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	server.stderr!.on('data', (chunk) => process.stderr.write(chunk));
	await new Promise<void>((resolve, reject) => {
		server.stdout!.once('data', () => resolve());
		server.once('exit', (code) => reject(new Error(`the site server stopped before serving (exit ${code})`)));
	});
	return server;
}
