/** Words that do not tell occupations apart: "Sales and Marketing" ~ "Marketing, Sales". */
const SMALL_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'all', 'other', 'except', 'in', 'for']);

/** Words of a job title, lower case and singular, so "Registered Nurse" matches "Registered Nurses". */
export function titleWords(title: string): Set<string> {
	return new Set(
		title
			.toLocaleLowerCase('en')
			.replace(/[^a-z0-9]+/g, ' ')
			.split(' ')
			.filter((word) => word && !SMALL_WORDS.has(word))
			.map((word) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/(?<=[^s])s$/, ''))),
	);
}

/** Two titles with the same key name the same job: "Nurses, Registered" and "Registered Nurse". */
export const titleKey = (title: string) => [...titleWords(title)].sort().join(' ');

/** Share of words two titles have in common (Jaccard), 0–1. */
export function titleSimilarity(a: string, b: string): number {
	const left = titleWords(a);
	const right = titleWords(b);
	const shared = [...left].filter((word) => right.has(word)).length;
	const union = new Set([...left, ...right]).size;
	return union === 0 ? 0 : shared / union;
}
