import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_IMAGE, THEME_COLORS } from './brand.ts';

// Imported both by the build and, through Node's own TypeScript support, by the OG worker
// threads: so project modules are imported with their .ts extension.

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

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | string } };
const el = (type: string, style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
	type,
	props: { style, children },
});

function layout({ kicker, title, subtitle }: OgCard): Node {
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

/** Bump when the card's design changes, so cached images are redrawn. */
export const DESIGN_VERSION = 3;

/** Draws a 1200×630 PNG card: satori lays it out as SVG, resvg rasterizes it. */
export async function drawCard(card: OgCard): Promise<Buffer> {
	fonts ??= [
		{ name: 'Inter', data: font(400), weight: 400, style: 'normal' },
		{ name: 'Inter', data: font(700), weight: 700, style: 'normal' },
	];
	const svg = await satori(layout(card) as never, { ...OG_IMAGE, fonts });
	return new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE.width } }).render().asPng();
}
