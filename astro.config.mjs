// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { scriptHash } from './src/lib/csp.ts';
import { HEAD_SCRIPT } from './src/lib/head-script.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { roleOutputs } from './src/integrations/role-outputs.ts';
import { contentDir, outDir, siteUrl } from './src/site.config.ts';

// Astro's content cache remembers entries by collection, so a build from another content folder
// gets a cache of its own instead of mixing in the entries of the last one.
const cacheDir =
	process.env.ROLEBOOK_CACHE_DIR ??
	(contentDir === './content' ? './node_modules/.astro' : `./node_modules/.astro-${contentDir.replace(/\W+/g, '-')}`);

/**
 * Role URL → last reviewed date, read from the JSON API the build has just written, so the
 * sitemap's lastmod comes from each role's `updated` field without parsing content twice.
 */
/** @type {Map<string, string> | undefined} */
let lastReviewed;
/** @param {string} url */
function lastmodFor(url) {
	lastReviewed ??= new Map(
		JSON.parse(readFileSync(new URL('api/roles.json', new URL(`${outDir}/`, import.meta.url)), 'utf8')).map(
			(/** @type {{ url: string, updated: string }} */ role) => [role.url, role.updated],
		),
	);
	return lastReviewed.get(url);
}

export default defineConfig({
	site: siteUrl,
	// Overridable so fault tests and the benchmark can build beside the real site without clobbering it.
	outDir,
	cacheDir,
	trailingSlash: 'always',
	// Roles have no code blocks; Shiki's inline styles would also break the CSP.
	markdown: { syntaxHighlight: false },
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind runs its search index in WebAssembly. Astro hashes the scripts it bundles; the
			// inline head script is listed here, or a policy sent as a header would block it.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [scriptHash(HEAD_SCRIPT)] },
		},
	},
	// Inlined CSS saves a request: a role page arrives complete in one round trip.
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
	integrations: [
		mdx(),
		pagefindIndex(),
		// After Pagefind, so the OG cards still being drawn in worker threads overlap with indexing.
		roleOutputs(),
		deployHeaders(),
		sitemap({
			filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') && !page.includes('/search/'),
			serialize(item) {
				const lastmod = lastmodFor(item.url);
				return lastmod ? { ...item, lastmod } : item;
			},
		}),
	],
	vite: {
		// Scripts bundled on their own (the job-ad checker's worker, the role page's pay code) are ES modules.
		worker: { format: 'es' },
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// Astro 7.3 emits one MODULE_LEVEL_DIRECTIVE warning per MDX file for its own
					// "use astro:head-inject" directive (withastro/astro#18087). Drop exactly that one
					// so every other warning stays visible.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
