import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from './brand';

/** The stylesheet's name for each palette color. */
const CSS_NAMES: Record<keyof typeof PALETTE.light, string> = {
	background: '--bg',
	surface: '--surface',
	text: '--text',
	muted: '--muted',
	border: '--border',
	accent: '--accent',
	link: '--accent-strong',
	accentSoft: '--accent-soft',
	mark: '--mark',
	focus: '--focus',
};

describe('PALETTE', () => {
	it('is the palette the stylesheet uses, light and dark', () => {
		const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
		for (const [key, property] of Object.entries(CSS_NAMES) as [keyof typeof PALETTE.light, string][]) {
			const match = css.match(new RegExp(`${property}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i'));
			expect(match, `${property} in global.css`).not.toBeNull();
			expect([match![1], match![2]], property).toEqual([PALETTE.light[key], PALETTE.dark[key]]);
		}
	});
});
