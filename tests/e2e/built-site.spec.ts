/** Checks on the files in dist/ that need no browser: valid HTML, and no broken internal links. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, distDir } from './site';

const pages = builtPages();
const origin = 'http://internal.invalid';
/** Absolute links to the public origin (canonical, og:url) must resolve too. */
const siteOrigin = new URL(process.env.SITE_URL ?? 'https://rolebook.example.org').origin;

test('html-validate finds no errors in any built page', async () => {
	// About 0.1 s a page: 450 pages today, thousands later.
	test.setTimeout(Math.max(60_000, pages.length * 400));
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const errors: string[] = [];
	for (const { file } of pages) {
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(errors).toEqual([]);
});

/** The file a site path is served from, or undefined when nothing in dist/ answers it. */
function fileFor(pathname: string): string | undefined {
	const candidate = join(distDir, decodeURIComponent(pathname));
	if (pathname.endsWith('/'))
		return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
	return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('every internal link and anchor in dist/ resolves', () => {
	const broken: string[] = [];
	const idCache = new Map<string, Set<string | undefined>>();
	let checked = 0;
	for (const { file, path } of pages) {
		const html = readFileSync(file, 'utf8');
		for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
			const url = new URL(raw!.replaceAll('&amp;', '&'), origin + path);
			if (url.origin !== origin && url.origin !== siteOrigin) continue;
			checked++;
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${path} → ${raw} (no such file)`);
				continue;
			}
			if (url.hash && target.endsWith('.html')) {
				if (!idCache.has(target)) idCache.set(target, idsIn(readFileSync(target, 'utf8')));
				if (!idCache.get(target)!.has(decodeURIComponent(url.hash.slice(1))))
					broken.push(`${path} → ${raw} (no such anchor)`);
			}
		}
	}
	expect(checked).toBeGreaterThan(pages.length);
	expect(broken).toEqual([]);
});
