import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { distDir } from './site';

/** The pre-rendered pairs, as the build wrote them. */
const pairs = readdirSync(`${distDir}/compare`, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

test('pairs are pre-rendered only where their roles explain how they differ', () => {
	expect(pairs.length).toBeGreaterThan(0);
	expect(pairs).toContain('product-manager-vs-product-owner');
	// Data analyst and data scientist each have a few sentences on the other: not enough for a page.
	expect(pairs).not.toContain('data-analyst-vs-data-scientist');
});

for (const pair of pairs) {
	test(`${pair}: at least 120 words of written comparison, readable without JavaScript`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/compare/${pair}/`);
		const written = await page.locator('.written-comparison blockquote').allTextContents();
		expect(
			written
				.join(' ')
				.split(/\s+/)
				.filter((word) => /\w/.test(word)).length,
		).toBeGreaterThanOrEqual(120);
		await expect(page.locator('h1')).toHaveText(/ vs /);
		await expect(page.getByRole('table')).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'Typical experience' })).toBeVisible();
		await context.close();
	});
}

test('each pair page has its own title, description and canonical, is in the sitemap and linked from both roles', async ({
	page,
}) => {
	const titles = new Set<string>();
	const descriptions = new Set<string>();
	const sitemap = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
	for (const pair of pairs) {
		await page.goto(`/compare/${pair}/`);
		titles.add(await page.title());
		const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
		expect(description.length).toBeGreaterThanOrEqual(50);
		expect(description.length).toBeLessThanOrEqual(160);
		descriptions.add(description);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/compare/${pair}/$`));
		expect(sitemap).toContain(`/compare/${pair}/</loc>`);
		const roles = await page.locator('thead th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(roles).toHaveLength(2);
		for (const role of roles) {
			await page.goto(role);
			await expect(page.locator('section[aria-labelledby="compare"] a[href$="/compare/' + pair + '/"]')).toBeVisible();
		}
	}
	expect(titles.size).toBe(pairs.length);
	expect(descriptions.size).toBe(pairs.length);
});

test('any two roles side by side from a link, with pay and outlook from the data', async ({ page }) => {
	await page.goto('/compare/?a=data-analyst&b=data-scientist');
	await expect(page.getByRole('status')).toHaveText('Showing Data Analyst and Data Scientist side by side.');
	const table = page.getByRole('table');
	await expect(table.getByRole('columnheader')).toHaveText(['Data Analyst', 'Data Scientist']);
	const analyst = JSON.parse(readFileSync(`${distDir}/api/roles/data-analyst.json`, 'utf8'));
	const median = analyst.payAndOutlook.wages.annual.median.value as number;
	await expect(page.getByRole('row', { name: /Median pay/ })).toContainText(
		`$${median.toLocaleString('en-US')} a year`,
	);
	await expect(page.getByRole('row', { name: /Typical experience/ })).toContainText(
		`${analyst.experienceYears}+ years`,
	);
	await expect(page.getByRole('heading', { name: 'Skills only the Data Analyst lists' })).toBeVisible();
});

test('a visitor picks two roles on /compare/, starting from a role page', async ({ page }) => {
	await page.goto('/roles/registered-nurse/');
	await page.locator('section[aria-labelledby="compare"]').getByRole('link', { name: 'any other role' }).click();
	await expect(page).toHaveURL(/\/compare\/\?a=registered-nurse$/);
	await expect(page.getByLabel('First role')).toHaveValue('registered-nurse');
	await page.getByLabel('Second role').selectOption({ label: 'Paramedic' });
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/\?a=registered-nurse&b=paramedic$/);
	await expect(page.getByRole('heading', { name: 'Side by side' })).toBeFocused();
	await expect(page.getByRole('columnheader')).toHaveText(['Registered Nurse', 'Paramedic']);
});

test('without JavaScript /compare/ leads to the written comparisons', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/compare/?a=data-analyst&b=data-scientist');
	await expect(page.getByText('Comparing any two roles needs JavaScript.')).toBeVisible();
	await page.getByRole('link', { name: 'Product Manager vs Product Owner' }).click();
	await expect(page.locator('h1')).toHaveText('Product Manager vs Product Owner');
	await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
	test(`a comparison built in the browser has no axe violations in ${scheme} mode`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/compare/?a=data-analyst&b=data-scientist');
		await expect(page.getByRole('table')).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
