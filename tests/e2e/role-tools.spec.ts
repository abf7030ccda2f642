import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedRole } from './site';

const role = seedRole();
const url = '/roles/back-end-developer/';
const siteUrl = (process.env['SITE_URL'] ?? 'https://rolebook.example.org').replace(/\/+$/, '');
const XSS = '<img src=x onerror="window.__xss=1">';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Both clipboard formats, read back the way a paste target would. */
async function readClipboard(page: Page): Promise<{ html: string; text: string }> {
	return page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
		return { html: await read('text/html'), text: await read('text/plain') };
	});
}

test('Copy puts the whole description on the clipboard as rich and plain text', async ({ page }) => {
	await page.goto(url);
	const button = page.getByRole('button', { name: /^Copy job description/ });
	await button.click();
	await expect(page.getByRole('status')).toHaveText('Copied the job description');
	const { html, text } = await readClipboard(page);
	expect(html).toContain('<h1>Back-end Developer Job Description</h1>');
	expect(html).toContain('<h2>Back-end Developer duties and responsibilities</h2>');
	expect(html).toMatch(/<ul><li>Design, build and maintain/);
	expect(html).not.toMatch(/<button|class=|data-/);
	for (const duty of role.duties) expect(text).toContain(`• ${duty}`);
	expect(text).toMatch(/^BACK-END DEVELOPER JOB DESCRIPTION\n\n/);
	expect(text).toContain(`• ${role.experienceYears}+ years of professional experience`);
	expect(text).toContain('Education');
	expect(text).not.toContain(role.interviewQuestions[0]!.question);
});

test('each section has its own copy button', async ({ page }) => {
	await page.goto(url);
	await page.getByRole('button', { name: 'Copy duties and responsibilities' }).click();
	await expect(page.getByRole('status')).toHaveText('Copied the section');
	const { text } = await readClipboard(page);
	expect(text.split('\n')[0]).toBe('BACK-END DEVELOPER DUTIES AND RESPONSIBILITIES');
	expect(text).toContain(`• ${role.duties.at(-1)}`);
	expect(text).not.toContain('REQUIREMENTS');
});

test('pasting the copy into a rich-text editor keeps headings and bullet lists', async ({ page }) => {
	await page.goto(url);
	await page.getByRole('button', { name: /^Copy job description/ }).click();
	await expect(page.getByRole('status')).toHaveText('Copied the job description');
	await page.evaluate(() => {
		const editor = document.createElement('div');
		editor.contentEditable = 'true';
		editor.id = 'editor';
		document.body.prepend(editor);
		editor.focus();
	});
	await page.keyboard.press('ControlOrMeta+V');
	const editor = page.locator('#editor');
	await expect(editor.locator('h1')).toHaveText('Back-end Developer Job Description');
	await expect(editor.locator('h2').first()).toHaveText('What does a Back-end Developer do?');
	await expect(editor.locator('ul').first().locator('li')).toHaveCount(role.duties.length);
});

test('customizing fills the page, the copy and the downloads, and persists across roles', async ({ page }) => {
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	await page.getByLabel('Company name').fill('Acme Health');
	await page.getByLabel('Location').fill('Leeds');
	await page.getByLabel('Years of experience').fill('6');
	await expect(page.locator('[data-placeholder="company"]').first()).toHaveText('Acme Health');
	await expect(page.locator('[data-placeholder="years"]').first()).toHaveText('6');

	await page.getByRole('button', { name: /^Copy job description/ }).click();
	await expect(page.getByRole('status')).toHaveText('Copied the job description');
	const { text } = await readClipboard(page);
	expect(text).toContain('• 6+ years of professional experience');
	expect(text).toContain('joining the Acme Health engineering team');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download .md' }).click(),
	]);
	const markdown = await (
		await download.createReadStream()
	)
		.toArray()
		.then((chunks) => Buffer.concat(chunks).toString());
	expect(download.suggestedFilename()).toBe('back-end-developer.md');
	expect(markdown).toContain('- 6+ years of professional experience');
	expect(markdown).toContain('Leeds');
	expect(markdown).not.toContain('{company}');

	// Another role picks the values up from storage.
	await page.goto('/roles/front-end-developer/');
	await expect(page.locator('[data-placeholder="years"]').first()).toHaveText('6');
	await page.getByText('Customize for your company').click();
	await expect(page.getByLabel('Company name')).toHaveValue('Acme Health');
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(page.locator('[data-placeholder="company"]').first()).toHaveText('[Company name]');
	await page.reload();
	await expect(page.locator('[data-placeholder="years"]').first()).toHaveText(String(role.experienceYears));
});

test('a shared link prefills the form, and Copy link makes one', async ({ page }) => {
	await page.goto(`${url}?company=Northwind&location=Oslo&years=4`);
	await expect(page.getByLabel('Company name')).toHaveValue('Northwind');
	await expect(page.locator('[data-placeholder="location"]').first()).toHaveText('Oslo');
	await page.getByLabel('Years of experience').fill('7');
	await page.getByRole('button', { name: 'Copy link to this version' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/roles\/back-end-developer\/\?company=Northwind&location=Oslo&years=7$/);
});

test('markup typed or passed in the URL is shown as text and never runs', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(
		`${url}?company=${encodeURIComponent(XSS)}&location=${encodeURIComponent('<script>alert(1)</script>')}`,
	);
	await expect(page.locator('[data-placeholder="company"]').first()).toHaveText(XSS);
	await expect(page.locator('[data-placeholder="location"]').first()).toHaveText('<script>alert(1)</script>');
	await page.getByLabel('Company name').fill(`${XSS} typed`);
	await expect(page.locator('[data-placeholder="company"]').first()).toHaveText(`${XSS} typed`);
	await page.getByRole('button', { name: /^Copy job description/ }).click();
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	expect(await page.locator('main img').count()).toBe(0);
	expect(dialogs).toEqual([]);
});

test('interview practice shows and hides all answers and counts what is open', async ({ page }) => {
	await page.goto(url);
	const total = role.interviewQuestions.length;
	await expect(page.getByText(`0 of ${total} answer guides open`)).toBeVisible();
	await page.locator('.questions summary').first().click();
	await expect(page.getByText(`1 of ${total} answer guides open`)).toBeVisible();
	await page.getByRole('button', { name: 'Show all answers' }).click();
	await expect(page.getByText(role.interviewQuestions.at(-1)!.lookFor)).toBeVisible();
	await expect(page.getByText(`${total} of ${total} answer guides open`)).toBeVisible();
	await page.getByRole('button', { name: 'Hide all answers' }).click();
	await expect(page.getByText(role.interviewQuestions[0]!.lookFor)).toBeHidden();
	await expect(page.getByText(`0 of ${total} answer guides open`)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show all answers' })).not.toHaveAttribute('aria-pressed');
	// Opening every guide by hand turns the button into "Hide all".
	for (const summary of await page.locator('.questions summary').all()) await summary.click();
	await expect(page.getByRole('button', { name: 'Hide all answers' })).toBeVisible();
});

test('printing opens every answer guide and then leaves the page as it was', async ({ page }) => {
	await page.goto(url);
	const total = role.interviewQuestions.length;
	await page.locator('.questions summary').nth(1).click();
	await expect(page.getByText(`1 of ${total} answer guides open`)).toBeVisible();
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(page.locator('.questions details[open]')).toHaveCount(total);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(page.locator('.questions details[open]')).toHaveCount(1);
	await expect(page.getByText(`1 of ${total} answer guides open`)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show all answers' })).toBeVisible();
});

test('print shows a clean one-column document without navigation or buttons', async ({ page }) => {
	await page.goto(url);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.toc')).toBeHidden();
	await expect(page.getByRole('button', { name: /^Copy job description/ })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Download .md' })).toBeHidden();
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.getByText(role.interviewQuestions[0]!.lookFor)).toBeVisible();
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(255, 255, 255)');
});

test('on paper: no gaps around filled parts, full link addresses, the page’s own address, no screen-only hints', async ({
	page,
}) => {
	await page.goto(url);
	const own = page.getByText('This job description online:');
	await expect(own).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(own).toHaveText(`This job description online: ${siteUrl}${url}`);
	const padding = await page
		.locator('.ph')
		.first()
		.evaluate((span) => getComputedStyle(span).paddingLeft + getComputedStyle(span).paddingRight);
	expect(padding).toBe('0px0px');
	await expect(page.getByText('Open a question to see what a strong answer shows.')).toBeHidden();
	for (const section of ['#related', '#career-path']) {
		const link = page.locator(`section:has(${section}) li a`).first();
		const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after, section).toBe(`" (${siteUrl}${await link.getAttribute('href')})"`);
	}
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	expect(
		await page
			.locator('.card')
			.first()
			.evaluate((card) => getComputedStyle(card).breakInside),
	).toBe('avoid');
});

test('the page is axe-clean with the customize form open', async ({ page }) => {
	await page.goto(url);
	await page.getByText('Customize for your company').click();
	await page.getByLabel('Company name').fill('Acme');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('downloads work and script-only controls stay hidden', async ({ page, request }) => {
		await page.goto(url);
		await expect(page.getByRole('link', { name: 'Download .txt' })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
		await expect(page.getByText('Customize for your company')).toBeHidden();
		const response = await request.get('/roles/back-end-developer.txt');
		expect(await response.text()).toContain(`• ${role.duties[0]}`);
	});
});

for (const width of [320, 1280]) {
	test(`copy confirmations show in full at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(url);
		for (const [name, message] of [
			[/^Copy job description/, 'Copied the job description'],
			['Copy duties and responsibilities', 'Copied the section'],
		] as const) {
			await page.getByRole('button', { name }).click();
			const status = page.getByRole('status');
			await expect(status).toHaveText(message);
			await expect(status).toBeInViewport({ ratio: 1 });
			const clipped = await status.evaluate(
				(element) => element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight,
			);
			expect(clipped, message).toBe(false);
		}
	});
}
