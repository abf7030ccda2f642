import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const url = '/roles/back-end-developer/';
const XSS = '<img src=x onerror="window.__xss=1">';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const minimum = (page: Page) => page.getByLabel('Minimum', { exact: true });
const maximum = (page: Page) => page.getByLabel('Maximum', { exact: true });
const warning = (page: Page) => page.locator('[data-pay-warning]');

async function download(page: Page, name: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
	const chunks = await (await file.createReadStream()).toArray();
	return Buffer.concat(chunks).toString();
}

test('the pay range is carried by the page, copy, downloads, the share link and the checker', async ({ page }) => {
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	await minimum(page).fill('85000');
	await maximum(page).fill('110,000');
	const line = 'Pay range: $85,000–$110,000 per year';
	await expect(page.locator('.lead + .pay-line')).toHaveText(line);

	await page.getByRole('button', { name: /^Copy job description/ }).click();
	await expect(page.getByRole('status')).toHaveText('Copied the job description');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain(`\n\n${line}\n\n`);
	// After the title and the summary, as on the page.
	expect((await download(page, 'Download .txt')).split('\n\n')[2]).toBe(line);
	expect((await download(page, 'Download .md')).split('\n\n')[2]).toBe(line);

	await page.getByLabel('Paid per').selectOption('hour');
	await page.getByLabel('Currency').selectOption('EUR');
	await minimum(page).fill('42.5');
	await maximum(page).fill('55');
	await expect(page.locator('[data-pay-line]')).toHaveText('Pay range: €42.50–€55.00 per hour');
	await page.getByRole('button', { name: 'Copy link to this version' }).click();
	await expect(page.getByRole('status')).toHaveText('Link copied');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\?payMin=42\.5&payMax=55&currency=EUR&period=hour$/);

	// The link opens the sender's pay, as a shared version.
	const other = await page.context().newPage();
	await other.goto(link);
	await expect(other.locator('[data-pay-line]')).toHaveText('Pay range: €42.50–€55.00 per hour');
	await expect(other.getByText('This version was shared with you by link.')).toBeVisible();

	// The pay is kept for this role, not offered on another.
	await page.reload();
	await expect(page.locator('[data-pay-line]')).toHaveText('Pay range: €42.50–€55.00 per hour');
	await page.goto('/roles/front-end-developer/');
	await expect(page.locator('[data-pay-line]')).toBeHidden();
});

test('a maximum below the minimum is marked and not used', async ({ page }) => {
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	await minimum(page).fill('90000');
	await maximum(page).fill('80000');
	await expect(page.getByText('The maximum is below the minimum.')).toBeVisible();
	await expect(page.locator('[data-pay-line]')).toBeHidden();
	expect(await maximum(page).evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(false);
});

test('where a law requires a pay range, the customizer says so, with its source, as guidance', async ({ page }) => {
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	await page.getByLabel('Location').fill('Denver, CO');
	await expect(warning(page)).toContainText('Colorado:');
	await expect(warning(page)).toContainText('Guidance, not legal advice');
	await expect(warning(page).getByRole('link', { name: 'cdle.colorado.gov' })).toHaveAttribute(
		'href',
		/^https:\/\/cdle\.colorado\.gov\//,
	);
	await expect(warning(page)).toContainText(/checked \d{4}-\d{2}-\d{2}/);

	// An open-ended range does not meet it; a full one does.
	await minimum(page).fill('85000');
	await expect(warning(page)).toContainText('give both a minimum and a maximum');
	await maximum(page).fill('110000');
	await expect(warning(page)).toBeEmpty();

	await minimum(page).fill('');
	await page.getByLabel('Location').fill('Brooklyn, NY');
	await expect(warning(page).locator('li strong')).toHaveText(['New York State:', 'New York City:']);
	await page.getByLabel('Location').fill('Austin, TX');
	await expect(warning(page)).toBeEmpty();
});

test('a role whose text has no location still asks where the job is, for the pay rules', async ({ page }) => {
	const slug = readdirSync('content/roles')
		.find((name) => !readFileSync(join('content/roles', name), 'utf8').includes('{location}'))!
		.replace(/\.mdx$/, '');
	await page.goto(`/roles/${slug}/`);
	await page.getByText('Customize for your company').click();
	await expect(page.getByLabel('Location', { exact: true })).toHaveCount(0);
	await page.getByLabel('Where the job is').fill('Berlin, Germany');
	await expect(warning(page)).toContainText('European Union:');
});

test('markup in the pay fields and links is never shown or run', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(
		`${url}?payMin=${encodeURIComponent(XSS)}&payMax=1e9&currency=${encodeURIComponent('<script>alert(1)</script>')}&period=fortnight`,
	);
	await expect(page.locator('[data-pay-line]')).toBeHidden();
	await page.getByText('Customize for your company').click();
	await expect(minimum(page)).toHaveValue('');
	await expect(page.getByLabel('Currency')).toHaveValue('USD');
	await minimum(page).fill(XSS);
	await maximum(page).fill('<b>9</b>');
	await page.getByLabel('Location').fill(`${XSS} Denver, CO`);
	await expect(page.locator('[data-pay-line]')).toBeHidden();
	await expect(warning(page)).toContainText('Colorado:');
	await page.getByRole('button', { name: /^Copy job description/ }).click();
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	expect(await page.locator('main img, main b').count()).toBe(0);
	expect(dialogs).toEqual([]);
});

test('"Check this job ad" opens the customized role in the checker, where a Rolebook role has no inclusive-language findings', async ({
	page,
}) => {
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	await page.getByLabel('Company name').fill('Acme Health');
	await minimum(page).fill('85000');
	await maximum(page).fill('110000');
	await expect(page.locator('[data-pay-line]')).toHaveText('Pay range: $85,000–$110,000 per year');
	await page.getByRole('link', { name: 'Check this job ad' }).click();
	await expect(page).toHaveURL(/\/check\/\?role=back-end-developer&company=Acme\+Health&payMin=85000/);
	await expect(page.getByRole('status')).toHaveText(/^Checked [\d,]+ words: 0 inclusive-language findings/, {
		timeout: 20_000,
	});
	const ad = await page.getByLabel('Job ad').inputValue();
	expect(ad).toContain('Acme Health');
	expect(ad).toContain('Pay range: $85,000–$110,000 per year');
	expect(ad).not.toContain('{company}');
	await expect(page.getByText('No inclusive-language findings.')).toBeVisible();
	await expect(page.locator('[data-origin]')).toContainText('Back-end Developer job description with your details');
	await expect(page.locator('section[aria-labelledby="pay-title"]')).toContainText(
		'Pay range stated: $85,000–$110,000.',
	);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the customizer with a pay warning has no axe violations in ${scheme} mode`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(url);
		await page.getByText('Customize for your company').click();
		await page.getByLabel('Location').fill('Chicago, IL');
		await minimum(page).fill('90000');
		await maximum(page).fill('80000');
		await expect(warning(page)).toContainText('Illinois:');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
