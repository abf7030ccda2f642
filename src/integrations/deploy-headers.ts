import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { blockedInlineCode, mergePolicies } from '../lib/csp.ts';

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) after the build. The Content-Security-Policy
 * is the union of the <meta> policies Astro generated for each page (each lists the hashes of its
 * own inline scripts and styles), so the header allows what every page needs; frame-ancestors
 * only works as a header, so it is added here.
 *
 * A <meta> policy only governs what comes after it, but a header governs the whole page: every
 * inline script and style on every page is checked against the header's policy, and the build
 * fails naming the page and the hash to add (security.csp.scriptDirective.hashes in astro.config.mjs).
 */
export function deployHeaders(): AstroIntegration {
	return {
		name: 'rolebook:deploy-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = htmlFiles(site).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
				const policies = pages.flatMap(({ file, html }) => {
					const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
					if (!csp) throw new Error(`No Content-Security-Policy meta in ${relative(site, file)}; is security.csp on?`);
					return [csp];
				});
				const policy = `${mergePolicies(policies)}; frame-ancestors 'none'`;
				const blocked = pages.flatMap(({ file, html }) =>
					blockedInlineCode(html, policy).map((what) => `${relative(site, file)}: inline ${what}`),
				);
				if (blocked.length > 0)
					throw new Error(
						`The Content-Security-Policy in _headers would block ${blocked.length} inline script(s) or style(s); add each hash to security.csp.scriptDirective.hashes (or styleDirective.hashes) in astro.config.mjs, or move the code into a bundled <script> or component <style>:\n${[...new Set(blocked)].slice(0, 20).join('\n')}`,
					);
				const headers = [
					'/*',
					`  Content-Security-Policy: ${policy}`,
					'  Strict-Transport-Security: max-age=63072000; includeSubDomains',
					'  X-Content-Type-Options: nosniff',
					'  Referrer-Policy: strict-origin-when-cross-origin',
					'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
					'  X-Frame-Options: DENY',
					'',
					'# File names under /_astro/ change with their content: cache them for a year.',
					'/_astro/*',
					'  Cache-Control: public, max-age=31536000, immutable',
					'',
					'/pagefind/*',
					'  Cache-Control: public, max-age=3600',
					'',
					'/og/*',
					'  Cache-Control: public, max-age=86400',
					'',
				];
				writeFileSync(`${site}_headers`, headers.join('\n'));
				logger.info('Wrote _headers');
			},
		},
	};
}

const htmlFiles = (dir: string): string[] =>
	globSync('**/*.html', { cwd: dir })
		.sort()
		.map((file) => join(dir, file));
