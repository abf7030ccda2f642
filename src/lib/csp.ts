import { createHash } from 'node:crypto';

/** Script types a browser runs; JSON-LD and other data blocks are never executed, so need no hash. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * Tags in document order, attributes and their quoted values consumed whole, so a "<script>" that
 * is only text inside an attribute (data-title="<script>…") is never taken for a script.
 */
const TAG =
	/<!--[\s\S]*?-->|<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>|<\/[^>]*>/g;

/** The contents of every inline script a browser would execute, and of every <style> element. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	const tags = new RegExp(TAG);
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		const name = match[1]?.toLowerCase();
		if (name !== 'script' && name !== 'style') continue;
		// Script and style contents are raw text up to their end tag.
		const end = html.toLowerCase().indexOf(`</${name}`, tags.lastIndex);
		const content = html.slice(tags.lastIndex, end < 0 ? html.length : end);
		tags.lastIndex = end < 0 ? html.length : end;
		const attributes = match[2] ?? '';
		if (name === 'style') styles.push(content);
		else if (!/\bsrc\s*=/i.test(attributes)) {
			const type = attributes.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? '';
			if (EXECUTABLE.test(type)) scripts.push(content);
		}
	}
	return { scripts, styles };
}

/** The text of every inline script in `html` that a browser would execute. */
export const inlineScripts = (html: string): string[] => inlineCode(html).scripts;

/** The source expression ("sha256-…") that allows one inline script or style. */
export const scriptHash = (script: string): `sha256-${string}` =>
	`sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;

/** A policy as directives in their order, each with its sources: "script-src" → ["'self'", …]. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !directives.has(name)) directives.set(name, sources);
	}
	return directives;
}

export const serializePolicy = (directives: Map<string, string[]>) =>
	[...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * One policy that allows what each page's own policy allows. Astro writes a <meta> policy per
 * page with the hashes of that page's inline scripts and styles; a header is one policy for every
 * page, so it lists the hashes of all of them.
 */
export function mergePolicies(policies: string[]): string {
	const merged = new Map<string, string[]>();
	for (const policy of policies) {
		for (const [name, sources] of parsePolicy(policy)) {
			const known = merged.get(name) ?? [];
			merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
		}
	}
	return serializePolicy(merged);
}

/** The inline scripts and styles in `html` the policy does not allow, as "script 'sha256-…'". */
export function blockedInlineCode(html: string, policy: string): string[] {
	const directives = parsePolicy(policy);
	const allows = (directive: string) => {
		const sources = (directives.get(`${directive}-elem`) ?? directives.get(directive) ?? []).map((source) =>
			source.replace(/^'|'$/g, ''),
		);
		const inlineAllowed = sources.includes('unsafe-inline') && !sources.some((s) => /^(sha\d+|nonce)-/.test(s));
		return (hash: string) => inlineAllowed || sources.includes(hash);
	};
	const { scripts, styles } = inlineCode(html);
	const script = allows('script-src');
	const style = allows('style-src');
	return [
		...scripts.map(scriptHash).flatMap((hash) => (script(hash) ? [] : [`script '${hash}'`])),
		...styles.map(scriptHash).flatMap((hash) => (style(hash) ? [] : [`style '${hash}'`])),
	];
}
