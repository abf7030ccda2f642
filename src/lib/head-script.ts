/**
 * The one inline script every page runs before first paint: it marks that JavaScript runs (so
 * js-only controls take their place without shifting the page) and applies a stored theme so the
 * other one never flashes. Intentionally inlined: an external file would paint first.
 *
 * It lives here, as a string, so the CSP can list its hash (`scriptHash` in astro.config.mjs): Astro hashes the
 * scripts it bundles, not `is:inline` ones, and a policy sent as an HTTP header applies to it.
 */
export const HEAD_SCRIPT = `document.documentElement.classList.add('js');
try {
	const theme = localStorage.getItem('rolebook-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;
