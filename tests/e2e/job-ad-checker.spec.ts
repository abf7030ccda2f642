import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const problems = readFileSync('tests/job-ads/problems.txt', 'utf8');

/** Puts the ad in the box as a paste does (Playwright's fill types 200 KB for seconds). */
const paste = (page: Page, ad: string) =>
	page.getByLabel('Job ad').evaluate((box: HTMLTextAreaElement, text) => {
		box.value = text;
		box.dispatchEvent(new Event('input', { bubbles: true }));
	}, ad);

async function check(page: Page, ad: string) {
	await paste(page, ad);
	await page.getByRole('button', { name: 'Check the ad' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Checked/ })).toBeVisible({ timeout: 20_000 });
}
const languageFindings = (page: Page) => page.locator('section[aria-labelledby="language-title"] ol.findings > li');

test('an ad with known problems shows exactly the expected findings, each marked in the ad', async ({ page }) => {
	await page.goto('/check/');
	await check(page, problems);
	await expect(page.getByRole('status')).toHaveText(
		'Checked 58 words: 6 inclusive-language findings, 2 requirement findings, 1 pay finding.',
	);
	await expect(languageFindings(page).locator('a')).toHaveText([
		'“Rockstar”',
		'“young”',
		'“aggressive”',
		'“He”',
		'“chairman”',
		'“Native English speaker”',
	]);
	// Each finding says why and what to write instead, and leads to its place in the ad.
	await expect(languageFindings(page).nth(4)).toContainText('Instead: try "chair"');
	await expect(page.locator('.ad-text mark')).toHaveText([
		'Rockstar',
		'young',
		'aggressive',
		'He',
		'chairman',
		'Native English speaker',
	]);
	await languageFindings(page).nth(4).getByRole('link').click();
	await expect(page.locator('.ad-text mark').nth(4)).toBeFocused();

	const requirements = page.locator('section[aria-labelledby="requirements-title"] li');
	await expect(requirements).toHaveCount(2);
	await expect(requirements.nth(0)).toContainText('11 must-have requirements (more than 10).');
	await expect(requirements.nth(1)).toContainText('“5+ years of sales experience” in an entry-level job.');
	const gender = page.locator('section[aria-labelledby="gender-title"]');
	await expect(gender).toContainText('Leans masculine-coded: 1 masculine-coded word, 0 feminine-coded words.');
	await expect(gender).toContainText('Word lists misfire');
	const pay = page.locator('section[aria-labelledby="pay-title"]');
	await expect(pay).toContainText('Pay is open-ended: $40k+.');
	const length = page.locator('section[aria-labelledby="readability-title"]');
	await expect(length.locator('dd').first()).toHaveText('58');
	await expect(length.getByRole('link', { name: 'LinkedIn' })).toHaveAttribute('href', /linkedin\.com/);
});

test('the page says the check is private, and the ad never leaves the browser', async ({ page, baseURL }) => {
	const requests: string[] = [];
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|violates/i.test(message.text())) violations.push(message.text());
	});
	page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
	await page.goto('/check/');
	await expect(page.getByText('the check runs entirely in your browser')).toBeVisible();
	await check(page, `${problems}\nSecret phrase zebra-771`);
	await page.waitForLoadState('networkidle');
	expect(requests.filter((request) => !request.startsWith(`GET ${baseURL}`))).toEqual([]);
	expect(requests.filter((request) => request.includes('zebra-771'))).toEqual([]);
	// The checks ran in a worker the policy allows.
	expect(requests.some((request) => /job-ad-worker/.test(request))).toBe(true);
	expect(violations).toEqual([]);
});

test('hostile input is shown as text, and a long ad stays responsive', async ({ page }) => {
	await page.goto('/check/');
	const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold</b> young\n';
	await check(page, hostile.repeat(Math.ceil(200_000 / hostile.length)));
	await expect(page.locator('.ad-text')).toContainText('<script>window.__pwned = 1</script>');
	expect(await page.locator('.ad-text script, .ad-text img, .ad-text b').count()).toBe(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	// The checks run off the page's thread: while a 200 KB ad is checked, the page answers at once.
	await paste(page, hostile.repeat(Math.ceil(200_000 / hostile.length)) + 'again');
	await page.getByRole('button', { name: 'Check the ad' }).click();
	const frameDelay = await page.evaluate(() => {
		const started = performance.now();
		return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - started)));
	});
	expect(frameDelay).toBeLessThan(200);

	// 2,000 words: every finding on the page in under a second.
	const words = problems.split(/\s+/).filter((word) => /^[A-Za-z]+$/.test(word));
	const ad = Array.from({ length: 2000 }, (_, index) => words[index % words.length]).join(' ');
	await paste(page, ad);
	await expect(page.getByRole('status')).toHaveText(/^Checked 2,000 words/, { timeout: 20_000 });
	const elapsed = await page.evaluate(async () => {
		const status = document.querySelector('[data-check-status]')!;
		const started = performance.now();
		(document.querySelector('[data-checker] button[type="submit"]') as HTMLButtonElement).click();
		await new Promise<void>((resolve) => {
			const observer = new MutationObserver(() => {
				if (status.textContent?.startsWith('Checked 2,000 words')) {
					observer.disconnect();
					resolve();
				}
			});
			observer.observe(status, { childList: true, characterData: true, subtree: true });
		});
		return performance.now() - started;
	});
	expect(elapsed).toBeLessThan(1000);
});

test('without JavaScript the page says the checker needs it', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/check/');
	await expect(page.getByText('The checker runs in your browser, so it needs JavaScript.')).toBeVisible();
	await expect(page.getByLabel('Job ad')).toBeHidden();
	await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the checker with its findings has no axe violations in ${scheme} mode`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/check/');
		await check(page, problems);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('the checker fits a phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/check/');
	await check(page, problems);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
