import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('no Pagefind file loads until a visitor searches', async ({ page }) => {
	const pagefindRequests: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
	});
	await page.goto('/roles/back-end-developer/');
	await page.waitForLoadState('networkidle');
	expect(pagefindRequests).toEqual([]);
	await page.getByRole('searchbox', { name: 'Search job descriptions' }).focus();
	await expect.poll(() => pagefindRequests.length).toBeGreaterThan(0);
});

for (const shortcut of ['ControlOrMeta+k', '/']) {
	test(`${shortcut} opens the search dialog, which finds a role by an alternate title`, async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press(shortcut);
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('searchbox')).toBeFocused();
		await page.keyboard.type('backend engineer');
		await expect(dialog.locator('pagefind-results a').first()).toHaveText(/Back-end Developer/);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});
}

test('the search page keeps the query in the URL and filters by department and level', async ({ page }) => {
	await page.goto('/search/?q=developer');
	const searchbox = page.locator('.search-ui').getByRole('searchbox');
	await expect(searchbox).toHaveValue('developer');
	await expect(page.locator('pagefind-results a').first()).toBeVisible();
	await searchbox.fill('account executive');
	await expect(page).toHaveURL(/\/search\/\?q=account\+executive$/);
	await expect(page.locator('pagefind-results a').first()).toHaveText(/Account Executive/);
	await page.getByRole('combobox', { name: 'Filter by level' }).click();
	await expect(page.getByRole('option', { name: /Mid level/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await searchbox.fill('developer');
	// A visitor filters the results they see, so wait for this search's results first.
	await expect(page.locator('pagefind-results a').first()).toHaveText(/Developer/);
	await page.getByRole('combobox', { name: 'Filter by department' }).click();
	await page.getByRole('option', { name: /Software Engineering/ }).click();
	// Developer roles stay; roles from other departments that mention developers go.
	await expect(page.locator('pagefind-results a', { hasText: 'Sales Development' })).toHaveCount(0);
	await expect(page.locator('pagefind-results a').first()).toHaveText(/Developer/);
});

test('a misspelt search shows results for the corrected words', async ({ page }) => {
	await page.goto('/search/?q=engeneer');
	await expect(page.getByText('No results for “engeneer”. Showing results for “engineer”.')).toBeVisible();
	await expect(page.locator('pagefind-results a').first()).toBeVisible();
});

test('the search page is axe-clean in light and dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/search/?q=developer');
		await expect(page.locator('pagefind-results a').first()).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header search is a form that leads to the search page, which points to the A–Z index', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('searchbox', { name: 'Search job descriptions' }).fill('nurse');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL('/search/?q=nurse');
		await page.getByRole('link', { name: 'all roles A–Z', exact: true }).click();
		await expect(page).toHaveURL('/roles/');
	});
});
