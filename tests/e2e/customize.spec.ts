import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seedRole } from './site';

const url = '/roles/back-end-developer/';
const role = seedRole();
const company = (page: import('@playwright/test').Page) => page.locator('[data-placeholder="company"]').first();
const where = (page: import('@playwright/test').Page) => page.locator('[data-placeholder="location"]').first();
const years = (page: import('@playwright/test').Page) => page.locator('[data-placeholder="years"]').first();

test('the customizer offers only the fields the role uses', async ({ page }) => {
	// A role whose text has {company} and {years} but no {location}.
	const slug = readdirSync('content/roles')
		.filter((name) => {
			const source = readFileSync(join('content/roles', name), 'utf8');
			return source.includes('{company}') && source.includes('{years}') && !source.includes('{location}');
		})[0]!
		.replace(/\.mdx$/, '');
	await page.goto(`/roles/${slug}/`);
	await page.getByText('Customize for your company').click();
	await expect(page.getByLabel('Years of experience')).toBeVisible();
	await expect(page.getByLabel('Company name')).toBeVisible();
	await expect(page.getByLabel('Location')).toHaveCount(0);
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	for (const label of ['Company name', 'Location', 'Years of experience'])
		await expect(page.getByLabel(label)).toBeVisible();
});

test('a shared link shows the sender’s version and saves it only if the visitor chooses', async ({ page }) => {
	// The visitor's own details.
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	await page.getByLabel('Company name').fill('My Co');
	await page.getByLabel('Location').fill('York');
	await page.getByLabel('Years of experience').fill('2');

	await page.goto(`${url}?company=Their+Co`);
	await expect(company(page)).toHaveText('Their Co');
	await expect(where(page)).toHaveText('[Location]');
	await expect(years(page)).toHaveText(String(role.experienceYears));
	await expect(page.getByText('This version was shared with you by link')).toBeVisible();
	await expect(page.getByText('They are saved in this browser')).toBeHidden();
	await page.getByLabel('Years of experience').fill('9');
	await expect(page).toHaveURL(/\?company=Their\+Co&years=9$/);

	// Nothing of it was saved.
	await page.goto('/roles/front-end-developer/');
	await expect(company(page)).toHaveText('My Co');

	// Clear leaves nothing in the address bar, so a reload does not bring the shared version back.
	await page.goto(`${url}?company=Their+Co`);
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(company(page)).toHaveText('[Company name]');
	await expect(page).toHaveURL(new RegExp(`${url.replaceAll('/', '\\/')}$`));
	await page.reload();
	await expect(company(page)).toHaveText('My Co');
	await expect(where(page)).toHaveText('York');

	// Apply is the visitor's choice to keep the shared version.
	await page.goto(`${url}?company=Their+Co`);
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved for other roles too');
	await expect(page).toHaveURL(new RegExp(`${url.replaceAll('/', '\\/')}$`));
	await page.goto('/roles/front-end-developer/');
	await expect(company(page)).toHaveText('Their Co');
});

test('years outside 0–50 are refused the same way when typed, applied, saved or linked', async ({ page }) => {
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	const field = page.getByLabel('Years of experience');
	await field.fill('60');
	await expect(years(page)).toHaveText(String(role.experienceYears));
	await expect(page.getByText('A whole number from 0 to 50.')).toBeVisible();
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByRole('status')).not.toHaveText('Applied');
	expect(await field.evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(false);
	await page.reload();
	await expect(years(page)).toHaveText(String(role.experienceYears));

	await page.getByText('Customize for your company').click();
	await field.fill('12');
	await expect(years(page)).toHaveText('12');
	await expect(page.getByText('A whole number from 0 to 50.')).toBeHidden();

	await page.goto(`${url}?years=60`);
	await expect(years(page)).toHaveText('12');
});
