// Measures what search costs a visitor: the bytes downloaded from the first focus in the header
// search of a loaded role page to the first results (the search UI's script and styles, Pagefind's
// script and WebAssembly, metadata, index chunks, result fragments) and for each following query,
// plus the size of the whole index. Text files (JS, CSS, JSON) count gzip -9, as hosts
// serve them compressed; Pagefind's own files are gzipped already and count as stored.
// Usage: npm run search-cost [-- --dir dist --delay 60]   (build first)
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, requireChromium } from './chromium.mjs';
import { pagefindIndexBytes } from './files.ts';
import { startServer } from './serve-process.ts';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: process.env.ROLEBOOK_OUT_DIR ?? 'dist' },
		port: { type: 'string', default: '4331' },
		// Milliseconds between keys of the first query: slower typing searches each half-typed word.
		delay: { type: 'string', default: '60' },
	},
});
const dir = values.dir!;
if (!existsSync(join(dir, 'pagefind'))) throw new Error(`No Pagefind index in ${dir}: run npm run build first.`);

const compressed = new Set(['.js', '.mjs', '.css', '.json', '.html']);
function servedBytes(pathname: string): number {
	const file = join(dir, decodeURIComponent(pathname));
	const bytes = readFileSync(file);
	return compressed.has(extname(file)) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
}

// Started inside try and stopped in finally (also on Ctrl-C), so nothing outlives the script.
let server: ChildProcess | undefined;
let browser: Browser | undefined;
const stop = async () => {
	server?.kill();
	await browser?.close();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.once(signal, () => void stop().then(() => process.exit(1)));
try {
	server = await startServer(values.port!, dir);
	browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_FLAGS });
	const page = await browser.newPage();
	let requests: string[] = [];
	page.on('requestfinished', (request) => {
		requests.push(new URL(request.url()).pathname);
	});
	// A visitor on a role page that has finished loading reaches for the header search.
	const titles = (
		JSON.parse(readFileSync(join(dir, 'api', 'roles.json'), 'utf8')) as { slug: string; title: string }[]
	).map((role) => ({ slug: role.slug, query: role.title.toLowerCase() }));
	await page.goto(`http://127.0.0.1:${values.port}/roles/${titles[0]!.slug}/`);
	await page.waitForLoadState('networkidle');
	const early = requests.filter((pathname) => pathname.startsWith('/pagefind/') || pathname.startsWith('/search/'));
	if (early.length > 0) throw new Error(`Search files loaded before any search: ${early.join(', ')}`);
	// From the first focus in the header search on, everything the page fetches is the cost of searching.
	requests = [];

	const rows: string[] = [];
	const details: string[] = [];
	// "nurse", then three titles spread across the library, typed the way visitors type them.
	const queries = [
		process.env.SEARCH_COST_QUERY ?? 'nurse',
		...[0, 1 / 3, 2 / 3].map((at) => titles[Math.floor(at * titles.length)]!.query),
	];
	const dialog = page.getByRole('dialog');
	const field = dialog.getByRole('combobox');
	for (const [index, query] of queries.entries()) {
		const label = index === 0 ? 'first query' : `query ${index + 1}`;
		if (index === 0) {
			await page.getByRole('searchbox', { name: 'Search job descriptions' }).focus();
			await page.keyboard.type(query, { delay: Number(values.delay) });
		} else {
			requests = [];
			await field.fill(query);
		}
		await dialog.getByRole('status').filter({ hasText: query }).waitFor();
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500);
		const files = [...new Set(requests)];
		const bytes = files.reduce((sum, pathname) => sum + servedBytes(pathname), 0);
		rows.push(`| ${label} ("${query}") | ${files.length} | ${(bytes / 1024).toFixed(1)} |`);
		if (index === 0)
			details.push(
				...files.map((pathname) => `  ${(servedBytes(pathname) / 1024).toFixed(1).padStart(6)} KB  ${pathname}`),
			);
	}
	const roles = readdirSync(join(dir, 'roles'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
	const index = pagefindIndexBytes(dir);
	console.log(`Library: ${roles} roles; Pagefind index (index + fragments + filters): ${(index / 1024).toFixed(0)} KB`);
	console.log('| search | files downloaded | KB (gzip) |');
	console.log('| --- | --- | --- |');
	for (const row of rows) console.log(row);
	console.log(`\nFiles of the first query:\n${details.join('\n')}`);
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	await stop();
}
