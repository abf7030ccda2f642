// Constants shared by the pages and the OG image worker threads (which load modules through
// Node's own TypeScript support, so this file imports nothing).

/** Size of every Open Graph image. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/**
 * The site's colors, light and dark. The stylesheet's custom properties are written from this
 * palette (a unit test holds them to it), and the OG cards draw with it.
 */
export const PALETTE = {
	light: {
		background: '#fbfaf7',
		surface: '#ffffff',
		text: '#1c1d21',
		muted: '#545861',
		border: '#dcdad3',
		accent: '#1d5fbf',
		link: '#164a96',
		accentSoft: '#e7effb',
		mark: '#fff1c2',
		focus: '#c2410c',
	},
	dark: {
		background: '#15171b',
		surface: '#1d2026',
		text: '#eceae4',
		muted: '#a9adb6',
		border: '#363a43',
		accent: '#8ab4f8',
		link: '#aecbfa',
		accentSoft: '#1f2b3e',
		mark: '#4a3d12',
		focus: '#fdba74',
	},
} as const;

/** Page background of each theme, also the browser's theme-color. */
export const THEME_COLORS = { light: PALETTE.light.background, dark: PALETTE.dark.background } as const;
