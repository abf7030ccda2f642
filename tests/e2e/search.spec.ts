import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from './site';

const roles = JSON.parse(readFileSync(`${distDir}/api/roles.json`, 'utf8')) as {
	slug: string;
	title: string;
	summary: string;
}[];
const role = (slug: string) => roles.find((r) => r.slug === slug)!;
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

test('no search file loads until a visitor reaches for search', async ({ page }) => {
	const searchRequests: string[] = [];
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (/^\/(pagefind|search)\//.test(pathname) || pathname.includes('search')) searchRequests.push(pathname);
	});
	await page.goto('/roles/back-end-developer/');
	await page.waitForLoadState('networkidle');
	expect(searchRequests).toEqual([]);
	await page.getByRole('searchbox', { name: 'Search job descriptions' }).focus();
	await expect.poll(() => searchRequests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

for (const shortcut of ['ControlOrMeta+k', '/']) {
	test(`${shortcut} opens the search dialog, which finds a role by an alternate title`, async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press(shortcut);
		const dialog = page.getByRole('dialog', { name: 'Search job descriptions' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('combobox')).toBeFocused();
		await page.keyboard.type('backend engineer');
		await expect(results(page).first()).toContainText('Back-end Developer');
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});
}

test('typing in the header field carries on in the dialog, whose results show summary, department and level', async ({
	page,
}) => {
	await page.goto('/roles/back-end-developer/');
	await page.getByRole('searchbox', { name: 'Search job descriptions' }).click();
	await page.keyboard.type('registered nurse', { delay: 40 });
	const field = page.getByRole('dialog').getByRole('combobox');
	await expect(field).toHaveValue('registered nurse');
	const first = results(page).first();
	await expect(first).toContainText('Registered Nurse');
	await expect(first).toContainText(role('registered-nurse').summary);
	await expect(first.getByText('Healthcare department', { exact: true })).toBeVisible();
	await expect(first.getByText('Mid level', { exact: true })).toBeVisible();
	// Labels are separate words, not run into the text ("HealthcareMid level").
	await expect(first).not.toContainText('HealthcareMid');
	// The live region says how many results there are.
	await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^\d+ results? for “registered nurse”\.$/);
});

test('the results are a listbox the arrow keys move through and Enter opens', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	const field = page.getByRole('dialog').getByRole('combobox');
	await expect(field).toBeFocused();
	await page.keyboard.type('accountant');
	await expect(results(page).first()).toContainText('Accountant');
	await expect(field).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const second = results(page).nth(1);
	await expect(second).toHaveAttribute('aria-selected', 'true');
	await expect(field).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
	await page.keyboard.press('ArrowUp');
	await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
	const target = (await results(page).first().getAttribute('data-url'))!;
	expect(target).toMatch(/^\/roles\/[a-z-]*accountant\/$/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(target);
});

test('the search page keeps the query in the URL and filters by department and level', async ({ page }) => {
	await page.goto('/search/?q=developer');
	const field = page.getByRole('combobox', { name: 'Role, credential, skill or duty' });
	await expect(field).toHaveValue('developer');
	await expect(results(page).first()).toBeVisible();
	await field.fill('account executive');
	await expect(page).toHaveURL(/\/search\/\?q=account\+executive$/);
	await expect(results(page).first()).toContainText('Account Executive');
	await expect(page.getByLabel('Level').getByRole('option', { name: /Mid level \(\d+\)/ })).toBeAttached();
	await field.fill('developer');
	await expect(results(page).first()).toContainText('Developer');
	await page.getByLabel('Department').selectOption('Software Engineering');
	await expect(page).toHaveURL(/department=Software\+Engineering/);
	// Developer roles stay; roles from other departments that mention developers go.
	await expect(results(page).filter({ hasText: 'Sales Development' })).toHaveCount(0);
	for (const option of await results(page).all()) await expect(option).toContainText('Software Engineering department');
	// Reloading keeps the filter.
	await page.reload();
	await expect(page.getByLabel('Department')).toHaveValue('Software Engineering');
	await expect(results(page).first()).toContainText('Developer');
});

test('a misspelt search that finds nothing close shows results for the corrected words', async ({ page }) => {
	await page.goto('/search/?q=engeneer');
	await expect(page.getByText('No close matches for “engeneer”. Showing results for “engineer”.')).toBeVisible();
	await expect(results(page).first()).toContainText('Engineer');
});

test('a query with one misspelt word keeps its results and offers the correction', async ({ page }) => {
	await page.goto('/search/?q=registred+nurse');
	await expect(page.getByRole('status')).toHaveText(
		/^\d+ results? for “registred nurse”\. Did you mean “registered nurse”\?$/,
	);
	await expect(results(page).first()).toBeVisible();
	await page.getByRole('button', { name: '“registered nurse”' }).click();
	await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “registered nurse”\.$/);
	await expect(results(page).first()).toContainText('Registered Nurse');
	await expect(page).toHaveURL(/q=registered\+nurse/);
});

// Pagefind ranks the right roles for these; an eager correction used to swap them for no results
// ("talent courier", "bank filler", "video dining").
for (const [query, slug] of [
	['talent sourcer', 'recruiter'],
	['bank teller', 'bank-teller'],
	['video editing', 'video-editor'],
] as const)
	test(`"${query}" shows its own results, uncorrected`, async ({ page }) => {
		await page.goto(`/search/?q=${encodeURIComponent(query)}`);
		await expect(
			results(page)
				.filter({ hasText: role(slug).title })
				.first(),
		).toBeVisible();
		const top3 = await results(page).evaluateAll((options) => options.slice(0, 3).map((o) => o.dataset['url']));
		expect(top3).toContain(`/roles/${slug}/`);
		await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${query}”\\.$`));
		await expect(page.getByText(/No results|No close matches|Showing results for/)).toHaveCount(0);
	});

test('the search page and the dialog are axe-clean in light and dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/search/?q=developer');
		await expect(results(page).first()).toBeVisible();
		const axe = () =>
			new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		const onPage = await axe();
		expect(onPage.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await page.goto('/roles/registered-nurse/');
		await page.keyboard.press('/');
		await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
		await page.keyboard.type('nurse');
		await expect(results(page).first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		const inDialog = await axe();
		expect(inDialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the A–Z index lists alternate titles, each pointing to its role', async ({ page }) => {
		await page.goto('/roles/');
		const entry = page.getByRole('listitem').filter({ hasText: 'Backend Developer → Back-end Developer' });
		await expect(entry).toHaveCount(1);
		// Filed under B with the role titles, between its neighbours A–Z.
		await expect(
			page.locator('#letter-b').locator('xpath=..').getByRole('link', { name: 'Backend Developer', exact: true }),
		).toBeVisible();
		await entry.getByRole('link', { name: 'Backend Developer', exact: true }).click();
		await expect(page).toHaveURL('/roles/back-end-developer/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back-end Developer Job Description');
	});

	test('the header search leads to a page that says search needs JavaScript and offers the A–Z index, never a second box', async ({
		page,
	}) => {
		await page.goto('/');
		await page.getByRole('searchbox', { name: 'Search job descriptions' }).fill('nurse');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL('/search/?q=nurse');
		await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
		await expect(page.locator('main').getByRole('searchbox')).toHaveCount(0);
		await expect(page.locator('main').getByRole('button')).toHaveCount(0);
		await page
			.getByRole('navigation', { name: 'All roles by letter' })
			.getByRole('link', { name: 'R', exact: true })
			.click();
		await expect(page).toHaveURL('/roles/#letter-r');
		await expect(page.getByRole('heading', { name: 'R', exact: true })).toBeInViewport();
		await expect(
			page.getByRole('region', { name: 'R', exact: true }).getByRole('link', { name: 'Registered Nurse', exact: true }),
		).toBeVisible();
	});
});

test('the search dialog on a phone has one close button beside the field, and Escape closes it', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Search job descriptions' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('combobox')).toBeVisible();
	const close = dialog.getByRole('button', { name: /close/i });
	await expect(close).toHaveCount(1);
	const field = await dialog.getByRole('combobox').boundingBox();
	const button = await close.boundingBox();
	// On the field's row, not wrapped under it.
	expect(button!.y).toBeLessThan(field!.y + field!.height);
	await page.keyboard.type('nurse');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the search dialog’s keyboard hints say what the keys do', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('ControlOrMeta+k');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('combobox')).toBeFocused();
	await expect(dialog.locator('.search-hints')).toHaveText(/Esc\s*close/);
	await expect(dialog).not.toContainText(/esc\s*clear/i);
});
