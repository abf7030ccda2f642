import { createHash } from 'node:crypto';

/** Script types a browser runs; JSON-LD and other data blocks are never executed, so need no hash. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * Tags in document order, attributes and their quoted values consumed whole, so a "<script>" that
 * is only text inside an attribute (data-title="<script>…") is never taken for a script.
 */
const TAG =
	/<!--[\s\S]*?-->|<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>|<\/[^>]*>/g;

/** The text of every inline script in `html` that a browser would execute. */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	const tags = new RegExp(TAG);
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		const name = match[1]?.toLowerCase();
		if (name !== 'script' && name !== 'style') continue;
		// Script and style contents are raw text up to their end tag.
		const end = html.toLowerCase().indexOf(`</${name}`, tags.lastIndex);
		const content = html.slice(tags.lastIndex, end < 0 ? html.length : end);
		tags.lastIndex = end < 0 ? html.length : end;
		const attributes = match[2] ?? '';
		if (name !== 'script' || /\bsrc\s*=/i.test(attributes)) continue;
		const type = attributes.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? '';
		if (EXECUTABLE.test(type)) scripts.push(content);
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
