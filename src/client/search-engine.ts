/**
 * Search on Pagefind's JavaScript API, loaded when a visitor first reaches for search. A query is
 * run as typed (and with its compounds written the other way); only when that finds nothing, or
 * nothing that matches the words typed, are misspelt words corrected, and a correction never
 * replaces results with none.
 */
import { PAGEFIND_URL, SEARCH_COMPOUNDS_URL, SEARCH_TERMS_URL } from '../lib/urls';
import { correctQuery, matchedWords, words } from './spelling';
import { coverage, mergeResults, namedFirst, otherSpelling } from './search-query';

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
interface PagefindData {
	url: string;
	excerpt: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
export type Filters = Record<string, string>;

/** One search result as the lists show it. */
export interface Found {
	url: string;
	title: string;
	summary: string;
	department?: string | undefined;
	level?: string | undefined;
	/** "Department" for a department page; roles have no kind. */
	kind?: string | undefined;
}

export interface Outcome {
	/** The query as typed. */
	query: string;
	/** Every result, best first; `found()` loads what a list shows. */
	results: PagefindResult[];
	/**
	 * `instead`: the query as typed found nothing relevant, so the results are for `corrected`.
	 * `suggest`: the results are for the query as typed; `corrected` is offered.
	 */
	correction?: { kind: 'instead' | 'suggest'; corrected: string };
}

let ready: Promise<{ pagefind: Pagefind; compounds: string[] }> | undefined;

/** Pagefind (on the page's thread: its worker is one more download) and the compound words. */
export function loadSearchEngine() {
	ready ??= Promise.all([
		import(/* @vite-ignore */ new URL(PAGEFIND_URL, location.href).href).then(async (pagefind: Pagefind) => {
			await pagefind.options({
				noWorker: true,
				// Role records are short, so an excerpt of the whole record shows every matched word.
				excerptLength: 400,
				// Measured on the library's 3,087 titles and alternate titles (search-relevance.spec.ts):
				// favouring whole-word matches ("coo" over "cook"), short records less and repeats less
				// than Pagefind's defaults puts 26 more of them in their role's top 3.
				ranking: { termSimilarity: 8, pageLength: 0.3, termSaturation: 2 },
			});
			await pagefind.init();
			return pagefind;
		}),
		fetchJson<string[]>(SEARCH_COMPOUNDS_URL),
	]).then(([pagefind, compounds]) => ({ pagefind, compounds }));
	return ready;
}

let vocabulary: Promise<string[]> | undefined;
/** Title words for typo correction: fetched only for a query that needs correcting. */
const loadVocabulary = () => (vocabulary ??= fetchJson<string[]>(SEARCH_TERMS_URL));

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
}

/** Results for the query and its other compound spelling, merged. */
async function searchAll(
	query: string,
	filters: Filters,
	isCurrent: () => boolean,
): Promise<{ results: PagefindResult[]; spellings: string[] }> {
	const { pagefind, compounds } = await loadSearchEngine();
	const other = otherSpelling(query, compounds);
	const spellings = other ? [query, other] : [query];
	const lists = await Promise.all(spellings.map((q) => pagefind.search(q, { filters })));
	const merged = mergeResults(lists.map((list) => list.results));
	return { results: await exactNamesFirst(merged, query, isCurrent), spellings };
}

/**
 * How many results to look through for a role named exactly as the query: those a list shows
 * first, and for a query of several words ten when none of those is (Pagefind's stemming ranks
 * "Account Manager" with "Accounting Manager"). A single word costs no extra downloads.
 */
const depths = (query: string) => (words(query).length > 1 ? [5, 10] : [5]);

/** The results, with a role whose title or other name is the query moved to the top. */
async function exactNamesFirst(
	results: PagefindResult[],
	query: string,
	isCurrent: () => boolean,
): Promise<PagefindResult[]> {
	const steps = depths(query);
	for (const [step, count] of steps.entries()) {
		// A visitor who typed on wants other results: stop downloading for these.
		if (step > 0 && !isCurrent()) break;
		const top = results.slice(0, count);
		const data = await Promise.all(top.map((result) => result.data()));
		const { order, named } = namedFirst(
			query,
			data.map(({ meta, content }) => ({ title: meta['title'] ?? '', text: content })),
		);
		if (named || count >= results.length || step === steps.length - 1)
			return [...order.map((index) => top[index]!), ...results.slice(count)];
	}
	return results;
}

/** How well the top results match the words typed, in any of the query's spellings. */
async function matchOf(results: PagefindResult[], spellings: string[]) {
	const excerpts = await Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).excerpt));
	const levels = spellings.map((q) => {
		const matched = matchedWords(q, excerpts);
		return { matched, level: coverage(q, matched) };
	});
	return levels.find(({ level }) => level === 'all') ?? levels.find(({ level }) => level === 'some') ?? levels[0]!;
}

/**
 * Searches as described at the top of this file. `isCurrent` says whether the visitor still wants
 * this search; once they have typed on, no further downloads are made for it.
 */
export async function runSearch(
	query: string,
	filters: Filters = {},
	isCurrent: () => boolean = () => true,
): Promise<Outcome> {
	const typed = await searchAll(query, filters, isCurrent);
	const match = typed.results.length > 0 ? await matchOf(typed.results, typed.spellings) : undefined;
	if (match?.level === 'all' || !isCurrent()) return { query, results: typed.results };
	const corrected = correctQuery(query, await loadVocabulary().catch(() => []), match?.matched);
	if (!corrected) return { query, results: typed.results };
	if (!isCurrent()) return { query, results: typed.results };
	const fixed = await searchAll(corrected, filters, isCurrent);
	if (fixed.results.length === 0) return { query, results: typed.results };
	// Results for the words typed stay whenever some of those words really matched.
	if (match?.level === 'some') return { query, results: typed.results, correction: { kind: 'suggest', corrected } };
	return { query, results: fixed.results, correction: { kind: 'instead', corrected } };
}

export async function found(result: PagefindResult): Promise<Found> {
	const { url, meta, filters } = await result.data();
	return {
		url,
		title: meta['title'] ?? url,
		summary: meta['summary'] ?? '',
		department: filters['department']?.[0],
		level: filters['level']?.[0],
		kind: meta['kind'],
	};
}

/** Department and level names with how many pages carry each, for the search page's filters. */
export async function filterValues() {
	const { pagefind } = await loadSearchEngine();
	return pagefind.filters();
}
