// Screenshots of built pages in Debian's Chromium, light and dark, phone and desktop widths.
// Usage: npm run preview & node scripts/screenshots.mjs /roles/back-end-developer/ [/ ...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_FLAGS, requireChromium } from './chromium.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2);
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: requireChromium(), args: ['--no-sandbox', ...CHROMIUM_FLAGS] });
try {
	for (const path of paths.length ? paths : ['/']) {
		for (const [name, width] of [
			['phone', 375],
			['desktop', 1280],
		]) {
			for (const scheme of ['light', 'dark']) {
				const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
				await page.goto(base + path);
				const file = `${outDir}/${path.replace(/\W+/g, '_') || 'home'}-${name}-${scheme}.png`;
				await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
				console.log(file);
				await page.close();
			}
		}
	}
} finally {
	await browser.close();
}
