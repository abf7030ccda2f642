import { createHash } from 'node:crypto';

/** Script types a browser runs; JSON-LD and other data blocks are never executed, so need no hash. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The text of every inline script in `html` that a browser would execute. */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		if (/\bsrc\s*=/i.test(attributes)) continue;
		const type = attributes.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? '';
		if (EXECUTABLE.test(type)) scripts.push(match[2] ?? '');
	}
	return scripts;
}

/** The source expression ("sha256-…") that allows one inline script. */
export const scriptHash = (script: string): `sha256-${string}` =>
	`sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;

/** Hashes of the inline scripts in `html` that the policy's script-src does not allow. */
export function blockedInlineScripts(html: string, policy: string): string[] {
	const scriptSrc = policy
		.split(';')
		.map((directive) => directive.trim().split(/\s+/))
		.find(([name]) => name === 'script-src');
	// With no script-src the policy falls back to default-src; Rolebook always sets script-src.
	const allowed = new Set((scriptSrc ?? []).slice(1).map((source) => source.replace(/^'|'$/g, '')));
	if (allowed.has('unsafe-inline') && ![...allowed].some((source) => /^(sha\d+|nonce)-/.test(source))) return [];
	return inlineScripts(html)
		.map(scriptHash)
		.filter((hash) => !allowed.has(hash));
}
