// cspell:ignore recepcionist
/**
 * Pagefind matches whole words and prefixes but forgives no typos: a misspelt word finds nothing,
 * or only loose matches on short words it happens to start with ("re-route" for "recepcionist").
 * Such a word is swapped for the closest word used in role titles and alternate titles.
 */

/** Optimal string alignment distance: edits, with a swap of two neighbors counting as one. */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

export const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** The closest known word, if it is near enough to be the word the visitor meant. */
function closest(word: string, vocabulary: readonly string[]): string | undefined {
	const allowed = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
	let best: string | undefined;
	let bestDistance = allowed + 1;
	for (const candidate of vocabulary) {
		if (Math.abs(candidate.length - word.length) > allowed) continue;
		const distance = editDistance(word, candidate);
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best;
}

/**
 * The query words Pagefind really found: a word counts when a highlighted word in the results'
 * excerpts starts with it, not when Pagefind only matched a shorter word the query starts with.
 */
export function matchedWords(query: string, excerpts: readonly string[]): Set<string> {
	const marked = excerpts.flatMap((excerpt) =>
		[...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((match) => words(match[1]!)),
	);
	return new Set(words(query).filter((word) => marked.some((found) => found.startsWith(word))));
}

/**
 * A corrected query, or undefined when every word is known (a title word, the start of one, or
 * a word the search really matched) or nothing close enough exists.
 */
export function correctQuery(
	query: string,
	vocabulary: readonly string[],
	matched: ReadonlySet<string> = new Set(),
): string | undefined {
	const known = new Set(vocabulary);
	let changed = false;
	const corrected = words(query).map((word) => {
		if (known.has(word) || matched.has(word) || vocabulary.some((v) => v.startsWith(word))) return word;
		const replacement = closest(word, vocabulary);
		if (replacement) changed = true;
		return replacement ?? word;
	});
	return changed ? corrected.join(' ') : undefined;
}
