import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { rechunkIndex } from './pagefind-chunks.ts';

/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so `npm run build`
 * always ships a search index that matches the pages. What gets indexed is marked up in the
 * pages themselves (data-pagefind-body, -weight, -filter, -meta).
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'rolebook:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// Pagefind runs as a child process; close it on every path, as Starlight does, so a
				// failed build does not leave it running.
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
					const chunks = rechunkIndex(`${site}pagefind`);
					logger.info(
						`Indexed ${added.page_count} pages for search (index in ${chunks.after} chunks instead of Pagefind's ${chunks.before})`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
