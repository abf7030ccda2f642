// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/site.config.ts';

export default defineConfig({
	site: siteUrl,
	// Overridable so fault tests and the benchmark can build beside the real site without clobbering it.
	outDir: process.env.ROLEBOOK_OUT_DIR ?? './dist',
	cacheDir: process.env.ROLEBOOK_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Inlined CSS saves a request: a role page arrives complete in one round trip.
	build: { format: 'directory', inlineStylesheets: 'always' },
	integrations: [mdx(), sitemap()],
	vite: {
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
