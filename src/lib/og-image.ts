import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_IMAGE, THEME_COLORS } from './head';

/** What an Open Graph card shows. */
export interface OgCard {
	/** Small line above the title, e.g. the department. */
	kicker: string;
	title: string;
	/** Line under the title, e.g. "Job description". */
	subtitle: string;
}

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
	readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Bump when the card's design changes, so cached images are redrawn. */
const DESIGN_VERSION = 2;
const cacheDir = join(process.env.ROLEBOOK_CACHE_DIR ?? 'node_modules/.astro', 'og-images');

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | string } };
const el = (type: string, style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
	type,
	props: { style, children },
});

function card({ kicker, title, subtitle }: OgCard): Node {
	return el(
		'div',
		{
			width: '100%',
			height: '100%',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 80px 96px',
			background: THEME_COLORS.light,
			color: '#1c1d21',
			fontFamily: 'Inter',
			borderTop: '24px solid #1d5fbf',
		},
		[
			el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 34 }, [
				el('div', { display: 'flex', color: '#545861' }, kicker),
				el('div', { display: 'flex', fontWeight: 700 }, 'Rolebook'),
			]),
			el('div', { display: 'flex', flexDirection: 'column' }, [
				el('div', { display: 'flex', fontSize: title.length > 28 ? 76 : 92, fontWeight: 700, lineHeight: 1.05 }, title),
				el('div', { display: 'flex', fontSize: 40, marginTop: 24, color: '#164a96' }, subtitle),
			]),
		],
	);
}

/**
 * Renders a 1200×630 PNG card. Results are cached by a hash of their inputs, so a rebuild only
 * draws cards whose text (or design) changed.
 */
export async function renderOgImage(input: OgCard): Promise<Buffer> {
	const key = createHash('sha256')
		.update(JSON.stringify([DESIGN_VERSION, input]))
		.digest('hex')
		.slice(0, 32);
	const cached = join(cacheDir, `${key}.png`);
	try {
		return readFileSync(cached);
	} catch {
		// Not drawn yet.
	}
	fonts ??= [
		{ name: 'Inter', data: font(400), weight: 400, style: 'normal' },
		{ name: 'Inter', data: font(700), weight: 700, style: 'normal' },
	];
	const svg = await satori(card(input) as never, { ...OG_IMAGE, fonts });
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE.width } }).render().asPng();
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(cached, png);
	return png;
}

export const pngResponse = (png: Buffer) =>
	new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
