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
			.getByRole('link', { name: 'N', exact: true })
			.click();
		await expect(page).toHaveURL('/roles/#letter-n');
		await expect(page.getByRole('link', { name: 'Nurse Practitioner', exact: true })).toBeInViewport();
	});
});

test('the search dialog on a phone has one close button beside the field, and Escape closes it', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Search job descriptions' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('searchbox')).toBeVisible();
	const close = dialog.getByRole('button', { name: /close/i });
	await expect(close).toHaveCount(1);
	const field = await dialog.getByRole('searchbox').boundingBox();
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
	await expect(dialog.getByRole('searchbox')).toBeFocused();
	await expect(dialog.locator('.search-hints')).toHaveText(/Esc\s*close/);
	await expect(dialog).not.toContainText(/esc\s*clear/i);
});
