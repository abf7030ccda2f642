/**
 * Search relevance on the real library, through Pagefind's JavaScript API in Chromium, with the
 * same typo correction the search UI applies when a query finds nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { transformSync } from 'esbuild';

/** [query a visitor types, role that must be in the top 3]. */
export const QUERIES: [string, string][] = [
	// Abbreviations
	['rn', 'registered-nurse'],
	['lpn', 'licensed-practical-nurse'],
	['cna', 'certified-nursing-assistant'],
	['sdr', 'sales-development-representative'],
	['cfo', 'chief-financial-officer'],
	['ceo', 'chief-executive-officer'],
	['cto', 'chief-technology-officer'],
	['qa', 'qa-engineer'],
	['sre', 'site-reliability-engineer'],
	['dba', 'database-administrator'],
	['hvac', 'hvac-technician'],
	['cnc', 'cnc-machinist'],
	['seo', 'seo-specialist'],
	// Synonyms and other names for the job
	['backend engineer', 'back-end-developer'],
	['waitress', 'server'],
	['waiter', 'server'],
	['janitor', 'custodian'],
	['realtor', 'real-estate-agent'],
	['attorney', 'corporate-lawyer'],
	['help desk', 'it-support-specialist'],
	['sysadmin', 'system-administrator'],
	['mechanic', 'automotive-technician'],
	['security officer', 'security-guard'],
	['talent acquisition', 'recruiter'],
	['hotel receptionist', 'front-desk-agent'],
	['teacher aide', 'teaching-assistant'],
	['pharmacy tech', 'pharmacy-technician'],
	['ios developer', 'mobile-developer'],
	// Misspellings
	['electrican', 'electrician'],
	['recepcionist', 'receptionist'],
	['acountant', 'accountant'],
	['bartendar', 'bartender'],
	['plummer', 'plumber'],
	// Plurals and lower case
	['nurses', 'registered-nurse'],
	['accountants', 'accountant'],
	['welders', 'welder'],
	['data scientist', 'data-scientist'],
	['product manager', 'product-manager'],
	// Partial words
	['paraleg', 'paralegal'],
	['forklift', 'forklift-operator'],
	['barist', 'barista'],
	['phlebot', 'phlebotomist'],
];

// The test injects the spelling module as a blob: module, which the site's CSP rightly forbids.
test.use({ bypassCSP: true });

const spelling = transformSync(readFileSync('src/client/spelling.ts', 'utf8'), { loader: 'ts', format: 'esm' }).code;

/** Loads Pagefind's API and the typo correction into the page; returns a search function. */
async function prepare(page: Page) {
	await page.goto('/roles/');
	await page.evaluate(async (spellingSource) => {
		const spellingModule = await import(URL.createObjectURL(new Blob([spellingSource], { type: 'text/javascript' })));
		// @ts-expect-error Pagefind's bundle is only on the built site.
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.init();
		const vocabulary = await (await fetch('/search/terms.json')).json();
		type Found = { url: string; excerpt: string };
		const top = async (query: string): Promise<Found[]> => {
			const search = await pagefind.search(query);
			return Promise.all(search.results.slice(0, 3).map((result: { data(): Promise<Found> }) => result.data()));
		};
		const slugs = (found: Found[]) => found.map((item) => item.url.replace(/^\/roles\/|\/$/g, ''));
		// The same rule as the site's search UI (src/client/pagefind-ui.ts).
		(window as unknown as { top3: (q: string) => Promise<string[]> }).top3 = async (query: string) => {
			const found = await top(query);
			const matched = spellingModule.matchedWords(
				query,
				found.map((item) => item.excerpt),
			);
			const corrected = spellingModule.correctQuery(query, vocabulary, matched);
			return slugs(corrected ? await top(corrected) : found);
		};
	}, spelling);
	return (query: string) =>
		page.evaluate((q) => (window as unknown as { top3: (q: string) => Promise<string[]> }).top3(q), query);
}

test('common job searches find the right role in the top 3', async ({ page }) => {
	const top3 = await prepare(page);
	const misses: string[] = [];
	for (const [query, slug] of QUERIES) {
		const found = await top3(query);
		if (!found.includes(slug)) misses.push(`"${query}" → expected ${slug}, got [${found.join(', ')}]`);
	}
	expect(misses).toEqual([]);
});

test("every role's own title returns that role first", async ({ page }) => {
	const roles = JSON.parse(readFileSync('dist/api/roles.json', 'utf8')) as { slug: string; title: string }[];
	const top3 = await prepare(page);
	const misses: string[] = [];
	for (const { slug, title } of roles) {
		const [first] = await top3(title);
		if (first !== slug) misses.push(`"${title}" → first result ${first}`);
	}
	expect(misses).toEqual([]);
});
