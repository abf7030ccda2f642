/**
 * Page weight budgets: what a first visit downloads before any interaction (HTML, CSS, JS;
 * Pagefind counted apart because it loads on demand), measured as gzip -9 bytes.
 * Aim: a role page in one network round trip (about 14 KB).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { distDir } from './site';

const budgets = {
	'/roles/back-end-developer/': 20_000,
	'/': 20_000,
	'/departments/engineering/': 20_000,
	// The A–Z index lists every role and every other name a role goes by ("Backend Developer →
	// Back-end Developer"), so a visitor without JavaScript finds a role by the name they know:
	// about 3,100 names at ~15 B gzipped each (46 KB for 407 roles and 2,680 alternate titles).
	// Raised from 30 KB for that list; it grows by about 15 KB per 1,000 names.
	'/roles/': 55_000,
	'/search/': 20_000,
} as const;

for (const [path, budget] of Object.entries(budgets)) {
	test(`${path} first load stays within ${budget / 1000} KB gzipped`, async ({ page, baseURL }) => {
		const loaded = new Set<string>();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === new URL(baseURL!).origin) loaded.add(url.pathname);
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const files = [...loaded].filter((file) => !file.startsWith('/pagefind/') && !/\.(png|ico|svg)$/.test(file));
		const sizes = files.map((file) => {
			const onDisk = join(distDir, file.endsWith('/') ? `${file}index.html` : file);
			return { file, bytes: gzipSync(readFileSync(onDisk), { level: 9 }).length };
		});
		const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
		test.info().annotations.push({ type: 'weight', description: `${total} bytes: ${JSON.stringify(sizes)}` });
		console.log(`${path}: ${total} B gz (${sizes.map((s) => `${s.file} ${s.bytes}`).join(', ')})`);
		expect(files.length).toBeGreaterThan(0);
		expect(total).toBeLessThanOrEqual(budget);
	});
}
