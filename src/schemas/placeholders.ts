/**
 * The placeholders an author may write in a role's text. The page renders them as spans the
 * customizer fills in; the downloads read as the page does until then ("3+ years",
 * "[Company name]"), and the JSON API keeps them as written next to those defaults. One list, read
 * by the schema, the page, the exports and the content lint.
 */
export const PLACEHOLDERS = {
	company: { label: 'Company name', fallback: '[Company name]' },
	location: { label: 'Location', fallback: '[Location]' },
	years: { label: 'Years of experience', fallback: null },
} as const;

/** The years a visitor may enter: checked the same way when typed, applied, saved or read from a link. */
export const YEARS_RANGE = { min: 0, max: 50 } as const;

/** True for a whole number of years within YEARS_RANGE, written in digits ("0" to "50"). */
export const validYears = (value: string): boolean =>
	/^\d{1,3}$/.test(value) && Number(value) >= YEARS_RANGE.min && Number(value) <= YEARS_RANGE.max;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

/** Matches any `{…}` token, allowed or not, so unknown ones can be reported by name. */
const TOKEN = /\{([^{}\n]*)\}/g;

export function isPlaceholderName(name: string): name is PlaceholderName {
	return Object.hasOwn(PLACEHOLDERS, name);
}

/** The `{…}` tokens in `text` that are not allowed placeholders, e.g. `["{salary}"]`. */
export function unknownPlaceholders(text: string): string[] {
	return [...text.matchAll(TOKEN)].filter((m) => !isPlaceholderName(m[1] ?? '')).map((m) => m[0]);
}

export type TextSegment = string | { placeholder: PlaceholderName };

/** Splits text into literal strings and placeholders, in order, for rendering. */
export function splitPlaceholders(text: string): TextSegment[] {
	const segments: TextSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(TOKEN)) {
		const name = match[1] ?? '';
		if (!isPlaceholderName(name)) continue;
		if (match.index > last) segments.push(text.slice(last, match.index));
		segments.push({ placeholder: name });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push(text.slice(last));
	return segments;
}

/** Replaces placeholders with values; a missing value keeps the placeholder as written. */
export function fillPlaceholders(text: string, values: Partial<Record<PlaceholderName, string>>): string {
	return text.replace(TOKEN, (token, name: string) => (isPlaceholderName(name) && values[name] ? values[name] : token));
}

export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** Every string in a value (a role's frontmatter), however deeply it is nested. */
export function textsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(textsOf);
	if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(textsOf);
	return [];
}

/** The placeholders the given texts use, in the order of PLACEHOLDER_NAMES. */
export function placeholdersUsed(texts: Iterable<string>): PlaceholderName[] {
	const used = new Set<PlaceholderName>();
	for (const text of texts) {
		for (const segment of splitPlaceholders(text)) if (typeof segment !== 'string') used.add(segment.placeholder);
	}
	return PLACEHOLDER_NAMES.filter((name) => used.has(name));
}

/** What each placeholder reads as until a visitor fills it in: the page, downloads and API agree. */
export function placeholderDefaults(experienceYears: number): Record<PlaceholderName, string> {
	return {
		company: PLACEHOLDERS.company.fallback,
		location: PLACEHOLDERS.location.fallback,
		years: String(experienceYears),
	};
}
