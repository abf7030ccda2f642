import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cacheRoot = mkdtempSync(join(tmpdir(), 'rolebook-og-'));
let renderOgImage: typeof import('./og-image').renderOgImage;

beforeAll(async () => {
	// The cache folder is read when the module loads.
	process.env['ROLEBOOK_CACHE_DIR'] = cacheRoot;
	({ renderOgImage } = await import('./og-image'));
});
afterAll(() => rmSync(cacheRoot, { recursive: true, force: true }));

const card = { kicker: 'Engineering', title: 'Back-end Developer', subtitle: 'Job description' };
const cached = () => readdirSync(join(cacheRoot, 'og-images'));

describe('renderOgImage', () => {
	it('draws a 1200×630 PNG in a worker thread and keeps it in the build cache', async () => {
		const png = await renderOgImage(card);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(cached()).toHaveLength(1);
	});

	it('reuses the cached card when nothing changed, and draws a new one when the text does', async () => {
		const [entry] = cached();
		const drawnAt = statSync(join(cacheRoot, 'og-images', entry!)).mtimeMs;
		const again = await renderOgImage(card);
		expect(statSync(join(cacheRoot, 'og-images', entry!)).mtimeMs).toBe(drawnAt);
		expect(again.equals(await renderOgImage({ ...card }))).toBe(true);

		const renamed = await renderOgImage({ ...card, title: 'Backend Engineer' });
		expect(renamed.equals(again)).toBe(false);
		expect(cached()).toHaveLength(2);
	});

	it('draws many cards at once across the pool, each matching its own input', async () => {
		const titles = Array.from({ length: 12 }, (_, i) => `Role ${i}`);
		const pngs = await Promise.all(titles.map((title) => renderOgImage({ ...card, title })));
		expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(12);
		expect(cached()).toHaveLength(14);
	});
});
