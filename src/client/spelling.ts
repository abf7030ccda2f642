// cspell:ignore electrican ings phlebot registred — misspellings and fragments the tests and the corrector work with
// cspell:ignore recepcionist
/**
 * Pagefind matches whole words and prefixes but forgives no typos: a misspelt word finds nothing,
 * or only loose matches on short words it happens to start with ("re-route" for "recepcionist").
 * Such a word is split into two title words when it is two run together ("helpdesk"), or else
 * swapped for the closest word used in role titles, alternate titles and search terms.
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

/** Whether `word` is `candidate` with letters left out: the commonest typo ("electrican"). */
function leftOut(word: string, candidate: string): boolean {
	let at = 0;
	for (const letter of candidate) if (letter === word[at]) at++;
	return at === word.length;
}

/**
 * The closest known word, if it is near enough to be the word the visitor meant; between two as
 * close, one the word is missing letters of ("electrician", not "electrical", for "electrican").
 */
function closest(word: string, vocabulary: readonly string[]): string | undefined {
	const allowed = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
	let best: string | undefined;
	let bestScore = allowed + 1;
	for (const candidate of vocabulary) {
		if (Math.abs(candidate.length - word.length) > allowed) continue;
		const score = editDistance(word, candidate) + (leftOut(word, candidate) ? 0 : 0.5);
		if (score < bestScore) [best, bestScore] = [candidate, score];
	}
	return best;
}

/** Endings Pagefind's stemming takes off a word, so "nurses", "editing" and "sourcer" count as found. */
const ENDINGS = new Set(['', 'e', 's', 'es', 'ed', 'er', 'ers', 'ing', 'ings', 'ion', 'ions', 'or', 'ors']);

/**
 * Whether a highlighted word is a match for a query word: it starts with it ("phlebot" →
 * "phlebotomist"), or both are a stem of at least four letters with an ending ("nurses" →
 * "nurse", "editing" → "editor"); "electrican" → "electrical" and "registred" → "registration"
 * are no match.
 */
function found(queryWord: string, marked: string): boolean {
	if (marked.startsWith(queryWord)) return true;
	let common = 0;
	while (common < marked.length && marked[common] === queryWord[common]) common++;
	return common >= 4 && ENDINGS.has(queryWord.slice(common)) && ENDINGS.has(marked.slice(common));
}

/**
 * The query words Pagefind really found: a word counts when a highlighted word in the results'
 * excerpts matches it, not when Pagefind only matched a shorter word the query starts with
 * ("re-route" for "recepcionist").
 */
export function matchedWords(query: string, excerpts: readonly string[]): Set<string> {
	const marked = excerpts.flatMap((excerpt) =>
		[...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((match) => words(match[1]!)),
	);
	return new Set(words(query).filter((word) => marked.some((highlighted) => found(word, highlighted))));
}

/** Two known words written as one ("helpdesk" → "help desk"), each of at least three letters. */
function split(word: string, known: ReadonlySet<string>): string | undefined {
	for (let at = 3; at <= word.length - 3; at++)
		if (known.has(word.slice(0, at)) && known.has(word.slice(at))) return `${word.slice(0, at)} ${word.slice(at)}`;
	return undefined;
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
		const replacement = split(word, known) ?? closest(word, vocabulary);
		if (replacement) changed = true;
		return replacement ?? word;
	});
	return changed ? corrected.join(' ') : undefined;
}
