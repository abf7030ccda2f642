/**
 * What happens to a query before and after Pagefind sees it: compound words written apart or
 * together ("helpdesk" / "help desk"), merged results of both spellings, and whether the results
 * really answer the words typed. Pure functions, shared by the browser and the tests.
 */
import { titleKey } from '../lib/title-words';
import { words } from './spelling';

/**
 * Compounds the library writes both ways, each as its two words ("help desk" when titles also
 * say "helpdesk"): found in the words of every title, alternate title and search term.
 */
export function compoundsOf(titles: readonly string[]): string[] {
	// Pagefind already reads a hyphenated word both ways ("front-end" is found by "frontend" and
	// "front end"); only words written solid and apart need the help.
	const tokens = titles.map((title) => title.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []);
	const solid = new Set(tokens.flat().filter((token) => !token.includes('-')));
	const pairs = new Set<string>();
	for (const parts of tokens)
		for (let i = 0; i + 1 < parts.length; i++) {
			const [a, b] = [parts[i]!, parts[i + 1]!];
			if (a.length >= 2 && b.length >= 2 && solid.has(a + b)) pairs.add(`${a} ${b}`);
		}
	return [...pairs].sort();
}

/**
 * The query with every compound written the other way ("helpdesk" → "help desk", "front end" →
 * "frontend"), or undefined when it holds no compound the library knows.
 */
export function otherSpelling(query: string, compounds: readonly string[]): string | undefined {
	const split = new Map(compounds.map((pair) => [pair.replace(' ', ''), pair]));
	const known = new Set(compounds);
	const typed = words(query.replace(/(?<=\w)[-‐](?=\w)/g, ''));
	const out: string[] = [];
	let changed = false;
	for (let i = 0; i < typed.length; i++) {
		const word = typed[i]!;
		const next = typed[i + 1];
		if (next && known.has(`${word} ${next}`)) {
			out.push(word + next);
			changed = true;
			i++;
		} else if (split.has(word)) {
			out.push(split.get(word)!);
			changed = true;
		} else out.push(word);
	}
	return changed ? out.join(' ') : undefined;
}

export interface Scored {
	id: string;
	score: number;
}

/** Results of several spellings of one query: each page once, at its best score. */
export function mergeResults<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
	const best = new Map<string, T>();
	for (const list of lists)
		for (const result of list) {
			const seen = best.get(result.id);
			if (!seen || result.score > seen.score) best.set(result.id, result);
		}
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * How well results answer a query, from the query words Pagefind really matched (see
 * `matchedWords`): `all` words, `some`, or `none` (only loose matches, or no results at all).
 * Words of one or two letters ("of", "it") do not decide.
 */
export function coverage(query: string, matched: ReadonlySet<string>): 'all' | 'some' | 'none' {
	const deciding = words(query).filter((word) => word.length > 2);
	if (deciding.length === 0) return 'all';
	const found = deciding.filter((word) => matched.has(word)).length;
	return found === deciding.length ? 'all' : found === 0 ? 'none' : 'some';
}

/**
 * Indexes of results in the order to show them, and whether any is named as the query: first a role whose title is the query, then
 * roles that list it among their other names (alternate titles, search terms, occupation titles:
 * the text's comma-separated phrases), then the rest as ranked. Pagefind ranks words, not names,
 * so "Accountant" would otherwise come after "Staff Accountant", which says "accountant" more.
 */
export function namedFirst(
	query: string,
	results: readonly { title: string; text: string }[],
): { order: number[]; named: boolean } {
	const key = titleKey(query);
	const rank = ({ title, text }: { title: string; text: string }) =>
		!key ? 2 : titleKey(title) === key ? 0 : text.split(/[,.;:()]+/).some((phrase) => titleKey(phrase) === key) ? 1 : 2;
	const ranked = results.map((result, index) => ({ index, rank: rank(result) }));
	return {
		order: ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ index }) => index),
		named: ranked.some(({ rank }) => rank < 2),
	};
}
