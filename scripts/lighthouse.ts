// Lighthouse (mobile defaults) in Debian's Chromium against the built site.
// Usage: npm run build && npm run lighthouse [-- --json]   (prints one row per page)
import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, requireChromium } from './chromium.mjs';
import { startServer } from './serve-process.ts';

const { values } = parseArgs({
	options: { json: { type: 'boolean', default: false }, port: { type: 'string', default: '4330' } },
});
export const LIGHTHOUSE_PAGES = [
	'/',
	'/roles/back-end-developer/',
	'/departments/engineering/',
	'/search/?q=developer',
];

const rows: Record<string, number | string>[] = [];
// Started inside try and stopped in finally (also on Ctrl-C), so a failed browser launch never
// leaves the server running and holding the caller's pipes open.
let server: ChildProcess | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
const stop = () => {
	server?.kill();
	void chrome?.kill();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.once(signal, () => {
		stop();
		process.exit(1);
	});
try {
	const chromePath = requireChromium();
	server = await startServer(values.port!);
	chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS],
	});
	for (const path of LIGHTHOUSE_PAGES) {
		const result = await lighthouse(`http://127.0.0.1:${values.port}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
		});
		const categories = result!.lhr.categories;
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const failing = Object.values(result!.lhr.audits)
			.filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
			.map((audit) => audit.id);
		rows.push({
			page: path,
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
			failing: failing.join(' '),
		});
	}
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	stop();
}
if (process.exitCode) process.exit();
if (values.json) console.log(JSON.stringify(rows));
else {
	console.log('| page | performance | accessibility | best practices | SEO | failing binary audits |');
	console.log('|---|---|---|---|---|---|');
	for (const row of rows)
		console.log(
			`| ${row['page']} | ${row['performance']} | ${row['accessibility']} | ${row['best-practices']} | ${row['seo']} | ${row['failing'] || '—'} |`,
		);
}
