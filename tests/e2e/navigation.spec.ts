import { expect, test } from '@playwright/test';
import { pageTypes } from './site';

test('a visitor moves between home, department, role and the A–Z index', async ({ page }) => {
	await page.goto('/');
	await page.locator('#departments').scrollIntoViewIfNeeded();
	await page.getByRole('link', { name: 'Software Engineering' }).click();
	await expect(page).toHaveURL('/departments/engineering/');
	await expect(page.locator('h1')).toHaveText('Software Engineering Job Descriptions');

	await page.getByRole('link', { name: 'Back-end Developer', exact: true }).first().click();
	await expect(page).toHaveURL('/roles/back-end-developer/');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All roles A–Z' }).click();
	await expect(page).toHaveURL('/roles/');
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All roles A–Z' }),
	).toHaveAttribute('aria-current', 'page');

	await page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link', { name: 'B', exact: true }).click();
	await expect(page).toHaveURL('/roles/#letter-b');
	await expect(page.locator('#letter-b')).toBeInViewport();
	await page.getByRole('link', { name: 'Back-end Developer', exact: true }).first().click();
	await expect(page.locator('h1')).toHaveText('Back-end Developer Job Description');

	await page.getByRole('link', { name: 'Rolebook', exact: true }).click();
	await expect(page).toHaveURL('/');
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto(pageTypes.role);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('an unknown URL shows the not-found page with a way back', async ({ page }) => {
	const response = await page.goto('/roles/no-such-role/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page Not Found');
	await expect(page.getByRole('link', { name: 'Browse all job descriptions A–Z' })).toBeVisible();
});

for (const [name, path] of Object.entries(pageTypes)) {
	test(`${name} page fits a 320 px screen and logs no errors`, async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
	});
}
