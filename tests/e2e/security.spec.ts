import { expect, test } from '@playwright/test';
import { pageTypes } from './site';

/**
 * Every page under its Content-Security-Policy, with the interactive features exercised:
 * any CSP violation or request to another origin fails the test.
 */
for (const [name, path] of Object.entries({ ...pageTypes, search: '/search/?q=developer' })) {
	test(`${name} page: no CSP violations and no third-party requests`, async ({ page, baseURL }) => {
		const violations: string[] = [];
		const thirdParty: string[] = [];
		page.on('console', (message) => {
			if (/Content.Security.Policy|violates/i.test(message.text())) violations.push(message.text());
		});
		await page.context().route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.origin === new URL(baseURL!).origin || url.protocol === 'data:' || url.protocol === 'blob:')
				return route.continue();
			thirdParty.push(url.href);
			return route.abort();
		});
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toMatch(/script-src 'self'/);
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		// Exercise the scripts that run on demand: theme, search dialog, role tools.
		await page.getByRole('button', { name: 'Dark theme' }).click();
		await page.keyboard.press('ControlOrMeta+k');
		await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
		await page.keyboard.type('developer');
		await expect(page.getByRole('dialog').getByRole('status')).toContainText(/results? for “developer”/);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		if (name === 'role') {
			await page.getByText('Customize for your company').click();
			await page.getByLabel('Company name').fill('Acme');
			await page.getByRole('button', { name: 'Show all answers' }).click();
		}
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
		expect(thirdParty).toEqual([]);
	});
}
