// A minimal static server for the built site, used by the browser tests and benchmarks.
// It behaves like the static hosts Rolebook deploys to: directory URLs serve index.html,
// unknown paths get dist/404.html with status 404, every response carries the headers of
// dist/_headers (as Netlify and Cloudflare Pages send them), and nothing leaves 127.0.0.1.
// Usage: node scripts/serve.mjs [--port 4322] [--dir dist]
//
// Why not `astro preview`: it serves 404.html with status 404 too, but it sends none of
// dist/_headers, so the Content-Security-Policy and the other deploy headers would go untested
// (tests/e2e/deployed-csp.spec.ts, security.spec.ts); and it answers a directory URL without its
// trailing slash (/roles) with 404 where static hosts redirect. `npm start` uses astro preview.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4322' },
		dir: { type: 'string', default: process.env.ROLEBOOK_OUT_DIR ?? 'dist' },
	},
});
const root = resolve(values.dir);
const headersFile = join(root, '_headers');
// Read on every request, so a rebuild under a running server is served with its own headers.
const rules = () => (existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

function resolveFile(pathname) {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (!path.startsWith(root)) return undefined;
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	if (pathname.endsWith('/') && existsSync(index)) return index;
	return undefined;
}

createServer((request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const file = resolveFile(pathname);
	// Directory URLs without their trailing slash redirect, as static hosts do.
	if (!file && !pathname.endsWith('/') && existsSync(join(root, pathname, 'index.html'))) {
		response.writeHead(301, { Location: `${pathname}/` }).end();
		return;
	}
	const served = file ?? join(root, '404.html');
	response.writeHead(file ? 200 : 404, {
		...headersFor(rules(), pathname),
		'Content-Type': types[extname(served)] ?? 'application/octet-stream',
	});
	createReadStream(served).pipe(response);
}).listen(Number(values.port), '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${values.port}`));
