import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD, cardLayout, drawCard, drawCardIndexed, type OgCard } from './og-card';

const subtitle = 'Job description, duties and interview questions';
const cards: Record<string, OgCard> = {
	short: { kicker: 'Healthcare', title: 'Nurse', subtitle },
	typical: { kicker: 'Software Engineering', title: 'Back-end Developer', subtitle },
	long: {
		kicker: 'Community and Social Services and Everything Around Them',
		title: 'Chief Information Security Officer and Head of Enterprise Risk, Privacy and Regulatory Compliance Programs',
		subtitle,
	},
};

/** Palette index at (x, y) of the indexed image (each row starts with a filter byte). */
const at = (data: Uint8Array, x: number, y: number) => data[y * (CARD.width + 1) + 1 + x]!;
/** Rows [y0, y1) and columns [x0, x1) that hold any ink. */
const inkIn = (data: Uint8Array, x0: number, x1: number, y0: number, y1: number) => {
	let count = 0;
	for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (at(data, x, y) !== 0) count++;
	return count;
};
const band = 56;

describe('Open Graph cards', () => {
	for (const [name, card] of Object.entries(cards)) {
		it(`keep every text pixel of a ${name} title inside the margins`, () => {
			const data = drawCardIndexed(card);
			const { width: w, height: h, bar } = CARD;
			expect(inkIn(data, 0, band, bar, h), 'left band').toBe(0);
			expect(inkIn(data, w - band, w, bar, h), 'right band').toBe(0);
			expect(inkIn(data, 0, w, h - band, h), 'bottom band').toBe(0);
			expect(inkIn(data, 0, w, bar, bar + 40), 'under the bar').toBe(0);
		});

		it(`draw the kicker, the brand, the ${name} title and the subtitle apart from each other`, () => {
			const data = drawCardIndexed(card);
			const lines = cardLayout(card);
			const [kicker, brand, ...rest] = lines;
			const sub = rest.pop()!;
			// Each line leaves ink in the box from its cap height to its baseline.
			for (const line of lines)
				expect(inkIn(data, line.x, line.x + 60, line.baseline - 20, line.baseline), line.run.text).toBeGreaterThan(50);
			expect(kicker!.x + 1).toBeLessThan(brand!.x);
			const lastTitle = rest.at(-1)!;
			expect(lastTitle.baseline + 10).toBeLessThan(sub.baseline - CARD.subtitleSize);
			expect(rest[0]!.baseline - rest[0]!.run.size).toBeGreaterThan(kicker!.baseline + 20);
		});
	}

	it('shortens, rather than overflows, a title too long for three lines', () => {
		const title = cardLayout(cards['long']!).slice(2, -1);
		expect(title.length).toBeLessThanOrEqual(3);
		expect(title.at(-1)!.run.text.endsWith('…')).toBe(true);
	});

	it('encode a 1200×630 PNG that a standard decoder reads back pixel for pixel', async () => {
		const png = await drawCard(cards['typical']!);
		const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
		expect([info.width, info.height]).toEqual([1200, 630]);
		// Top-left is the bar, bottom-left the background: the site's accent and background colors.
		expect([...data.subarray(0, 3)]).toEqual([0x1d, 0x5f, 0xbf]);
		const bottomLeft = 629 * 1200 * info.channels;
		expect([...data.subarray(bottomLeft, bottomLeft + 3)]).toEqual([0xfb, 0xfa, 0xf7]);
		const idat = png.indexOf('IDAT');
		expect(
			inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4))).equals(
				Buffer.from(drawCardIndexed(cards['typical']!)),
			),
		).toBe(true);
	});
});
