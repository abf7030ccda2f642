/**
 * Official pay and outlook as a visitor, a search engine and an API client meet them: the panel
 * on a role page, estimatedSalary in the JSON-LD, the department table, the credits page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const jsonLdOf = async (page: import('@playwright/test').Page) =>
	(await page.locator('script[type="application/ld+json"]').allTextContents()).map(
		(text) => JSON.parse(text) as Record<string, unknown>,
	);

test('a role page shows US pay, outlook and the way in, each with its source', async ({ page }) => {
	await page.goto('/roles/registered-nurse/');
	await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Pay and outlook' }).click();
	const panel = page.getByRole('region', { name: 'Registered Nurse pay and outlook' });
	await expect(panel).toBeInViewport();
	await expect(panel).toContainText('US national figures for the occupation Registered Nurses (SOC 29-1141)');
	await expect(panel).toContainText('Pay varies by location, level of experience and employer.');
	// The role is the occupation itself, so no "whole occupation" caveat.
	await expect(panel).not.toContainText('wider than');
	await expect(panel.locator('[data-figure="median"]')).toHaveText(/^\$93,600 a year \(\$45\.00 an hour\)$/);
	await expect(panel.locator('[data-figure="range"]')).toContainText(
		'Most earn between $66,030 (10th percentile) and $135,320 (90th percentile) a year',
	);
	await expect(panel.locator('[data-figure="change"]')).toHaveText(/^\+4\.9% \(\+166,100 jobs\)$/);
	await expect(panel.locator('[data-figure="openings"]')).toHaveText('189,100');
	await expect(panel.locator('[data-figure="education"]')).toHaveText("Bachelor's degree");
	await expect(
		panel.getByRole('link', { name: 'U.S. BLS, OEWS May 2024, national, 29-1141 Registered Nurses' }),
	).toBeVisible();
	await expect(
		panel.getByRole('link', { name: /^U\.S\. BLS, Employment Projections 2024–34, 29-1141/ }).first(),
	).toBeVisible();
	await expect(panel.getByRole('link', { name: 'USDOL/ETA, O*NET 28.2, 29-1141.00 Registered Nurses' })).toBeVisible();
});

test('a role narrower than its occupation says the figures are for the whole occupation', async ({ page }) => {
	await page.goto('/roles/back-end-developer/');
	const panel = page.getByRole('region', { name: 'Back-end Developer pay and outlook' });
	await expect(panel).toContainText(
		'The figures are for the whole occupation, which is wider than the Back-end Developer role.',
	);
	await expect(panel.locator('[data-figure="median"]')).toContainText('$133,080 a year');
});

test('a role page shows the panel and estimatedSalary exactly when its data has figures', async ({ page, request }) => {
	// Every role has a code with published figures today; the no-data page is covered by the
	// unit tests (src/lib/pay.test.ts). Here: page, JSON-LD and API agree for a spread of roles.
	const index = (await (await request.get('/api/roles.json')).json()) as { slug: string }[];
	for (const { slug } of index.filter((_, i) => i % 40 === 0)) {
		const api = await (await request.get(`/api/roles/${slug}.json`)).json();
		await page.goto(`/roles/${slug}/`);
		const [occupation] = await jsonLdOf(page);
		const shown = (await page.getByRole('heading', { name: /pay and outlook/ }).count()) > 0;
		expect({ slug, shown, salary: 'estimatedSalary' in occupation! }).toEqual({
			slug,
			shown: api.payAndOutlook !== null,
			salary: api.payAndOutlook !== null,
		});
	}
});

test('JSON-LD parses, with estimatedSalary as a MonetaryAmountDistribution and the codes', async ({ page }) => {
	await page.goto('/roles/registered-nurse/');
	const [occupation] = await jsonLdOf(page);
	expect(occupation).toMatchObject({
		'@type': 'Occupation',
		estimatedSalary: [
			{
				'@type': 'MonetaryAmountDistribution',
				currency: 'USD',
				duration: 'P1Y',
				percentile10: 66030,
				median: 93600,
				percentile90: 135320,
			},
		],
		occupationLocation: [{ '@type': 'Country', name: 'United States' }],
		occupationalCategory: [
			{
				'@type': 'CategoryCode',
				codeValue: '29-1141',
				inCodeSet: { '@type': 'CategoryCodeSet', name: 'SOC 2018' },
				name: 'Registered Nurses',
			},
			{ '@type': 'CategoryCode', codeValue: '2221', inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08' } },
		],
	});
});

test('the JSON API and the Markdown export carry the same figures with their sources', async ({ request }) => {
	const role = await (await request.get('/api/roles/registered-nurse.json')).json();
	expect(role.payAndOutlook).toMatchObject({
		soc: '29-1141',
		area: 'United States',
		wages: {
			currency: 'USD',
			annual: { median: { value: 93600, atLeast: false } },
			citation: { text: 'U.S. BLS, OEWS May 2024, national, 29-1141 Registered Nurses', release: 'May 2024' },
		},
		outlook: { changePercent: 4.9, citation: { release: '2024–34' } },
	});
	const markdown = await (await request.get('/roles/registered-nurse.md')).text();
	expect(markdown).toContain('## Registered Nurse pay and outlook');
	expect(markdown).toContain('- **Median pay:** $93,600 a year ($45.00 an hour)');
	expect(markdown).toContain('Sources: U.S. BLS, OEWS May 2024, national, 29-1141 Registered Nurses;');
});

test('the department table sorts by pay and by projected change, and is a plain table without JavaScript', async ({
	page,
	browser,
}) => {
	await page.goto('/departments/engineering/');
	const table = page.getByRole('table', { name: /pay and outlook/ });
	const firstRole = () => table.locator('tbody tr').first().getByRole('rowheader');
	const pay = table.getByRole('button', { name: 'Median pay (US)' });
	await pay.click();
	await expect(table.getByRole('columnheader', { name: 'Median pay (US)' })).toHaveAttribute('aria-sort', 'ascending');
	await pay.click();
	await expect(table.getByRole('columnheader', { name: 'Median pay (US)' })).toHaveAttribute('aria-sort', 'descending');
	const medians = await table.locator('tbody tr td:nth-of-type(2)').allTextContents();
	const annual = medians
		.filter((text) => /^\$[\d,]+$/.test(text.trim()))
		.map((text) => Number(text.replace(/\D/g, '')));
	expect(annual.length).toBeGreaterThan(3);
	expect(annual).toEqual([...annual].sort((a, b) => b - a));
	await table.getByRole('button', { name: 'Projected growth, 2024–34' }).click();
	await expect(firstRole()).not.toHaveText('');

	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noScript.newPage();
	await plain.goto('/departments/engineering/');
	await expect(
		plain
			.getByRole('table', { name: /pay and outlook/ })
			.locator('tbody tr')
			.first(),
	).toBeVisible();
	await expect(plain.getByRole('columnheader', { name: 'Median pay (US)' })).toBeVisible();
	await noScript.close();
});

test('the home page links to the fastest-growing roles, listed by projected change', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Fastest-growing roles' }).click();
	await expect(page).toHaveURL(/\/outlook\/$/);
	const changes = await page
		.locator('tbody tr td:nth-of-type(4)')
		.evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset['value'])));
	expect(changes.length).toBeGreaterThan(10);
	expect(changes).toEqual([...changes].sort((a, b) => b - a));
});

test('the footer leads to the data credits with the exact credit lines', async ({ page }) => {
	await page.goto('/roles/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'About the data' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the Data');
	await expect(
		page.getByText('U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024.'),
	).toBeVisible();
	await expect(
		page.getByText(
			'This site includes information from the O*NET 28.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. USDOL/ETA has not approved, endorsed, or tested these modifications.',
		),
	).toBeVisible();
	await expect(page.getByText('ESCO, European Commission.')).toBeVisible();
});

test('search finds a role by a title O*NET reports for its occupation, without showing it on the page', async ({
	page,
}) => {
	await page.goto('/search/?q=flight+nurse');
	// In the top three, as the relevance suite asks of every title people type.
	const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
	await expect(results.first()).toBeVisible();
	const top = await results.evaluateAll((options) =>
		options.slice(0, 3).map((option) => option.querySelector('.result-title')?.textContent),
	);
	expect(top.join(' | ')).toMatch(/Registered Nurse/);
	await page.goto('/roles/registered-nurse/');
	await expect(page.getByText('Flight Nurse')).toBeHidden();
});

for (const path of ['/roles/registered-nurse/', '/departments/engineering/', '/about/data/', '/outlook/'])
	test(`${path} is axe-clean in light and dark`, async ({ page }) => {
		// /outlook/ lists every role: axe takes longer on it as the library grows.
		test.setTimeout(120_000);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag22aa', 'best-practice'])
				.analyze();
			expect(results.violations, `${path} ${colorScheme}`).toEqual([]);
		}
	});
