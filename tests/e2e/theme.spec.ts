import { expect, test } from '@playwright/test';
import { pageTypes } from './site';

const background = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('follows the system colour scheme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(pageTypes.role);
	expect(await background(page)).toBe('rgb(21, 23, 27)');
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await background(page)).toBe('rgb(251, 250, 247)');
});

test('the toggle switches theme and the choice survives a reload without a flash', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(pageTypes.home);
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await background(page)).toBe('rgb(21, 23, 27)');

	// Record the theme at the first moment the body exists, before any deferred script runs.
	await page.addInitScript(() => {
		document.addEventListener('readystatechange', () => {
			if (document.readyState === 'interactive') {
				(window as unknown as { firstTheme: string }).firstTheme = getComputedStyle(document.body).backgroundColor;
			}
		});
	});
	await page.goto(pageTypes.role);
	expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('rgb(21, 23, 27)');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});
