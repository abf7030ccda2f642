import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, pageTypes } from './site';

/**
 * The site as Netlify or Cloudflare Pages serve it: scripts/serve.mjs sends dist/_headers as real
 * HTTP headers, so the Content-Security-Policy governs the whole page, including the head script
 * that runs before Astro's <meta> policy. A script the header blocks hides every tool.
 */
const headerPolicy = readFileSync(join(distDir, '_headers'), 'utf8').match(/Content-Security-Policy: (.+)/)?.[1];

for (const [name, path] of Object.entries({ ...pageTypes, search: '/search/?q=nurse' })) {
	test(`${name} page under the deployed CSP header: no violation, tools visible`, async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content.Security.Policy|violates/i.test(message.text())) violations.push(message.text());
		});
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (event) =>
				console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
			),
		);
		const response = await page.goto(path);
		expect(headerPolicy).toBeTruthy();
		expect(response!.headers()['content-security-policy']).toBe(headerPolicy);
		await expect(page.locator('html')).toHaveClass(/\bjs\b/);
		await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
		if (name === 'role') {
			await expect(page.getByRole('button', { name: 'Copy job description' })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
			await expect(page.getByText('Customize for your company')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Copy duties and responsibilities' })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Show all answers' })).toBeVisible();
		}
		if (name === 'search') {
			await expect(page.getByText(/needs JavaScript/)).toBeHidden();
			await expect(page.getByRole('status')).toContainText(/results? for “nurse”/);
		}
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
	});
}
