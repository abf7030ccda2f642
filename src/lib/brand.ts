// Constants shared by the pages and the OG image worker threads (which load modules through
// Node's own TypeScript support, so this file imports nothing).

/** Size of every Open Graph image. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/** Page background of each theme, also the browser's theme-color. */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#15171b' } as const;
