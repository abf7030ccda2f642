/**
 * Pagefind matches whole words and prefixes but forgives no typos. When a search finds nothing,
 * each unknown word is swapped for the closest word used in role titles and alternate titles.
 */

/** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
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

/** A corrected query, or undefined when every word is known or nothing close enough exists. */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
	const known = new Set(vocabulary);
	let changed = false;
	const corrected = words(query).map((word) => {
		if (known.has(word) || vocabulary.some((v) => v.startsWith(word))) return word;
		const replacement = closest(word, vocabulary);
		if (replacement) changed = true;
		return replacement ?? word;
	});
	return changed ? corrected.join(' ') : undefined;
}
