import type { AstroIntegration } from 'astro';
import { allWritten } from '../lib/pending-writes.ts';

/** Waits, at the end of `astro build`, for the files role pages started writing (src/lib/role-outputs.ts). */
export function roleOutputs(): AstroIntegration {
	return {
		name: 'rolebook:role-outputs',
		hooks: {
			'astro:build:done': async ({ logger }) => {
				const written = await allWritten();
				logger.info(`Wrote ${written} role downloads, API entries and OG cards`);
			},
		},
	};
}
