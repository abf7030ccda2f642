// Reads a Netlify / Cloudflare Pages `_headers` file and answers which headers a path gets, so the
// local server sends what those hosts send (the Content-Security-Policy above all).

/**
 * @param {string} text the file's contents
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
	/** @type {{ pattern: string, headers: [string, string][] }[]} */
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * Every header whose path pattern matches, in file order ("*" matches any characters).
 * @param {{ pattern: string, headers: [string, string][] }[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
	/** @type {Record<string, string>} */
	const result = {};
	for (const { pattern, headers } of rules) {
		const regex = new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`);
		if (!regex.test(pathname)) continue;
		for (const [name, value] of headers) result[name] = result[name] ? `${result[name]}, ${value}` : value;
	}
	return result;
}

/** @param {string} text */
const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
