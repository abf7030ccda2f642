/** What every role says, in its page, its downloads and its API entry: articles and placeholders. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { indefiniteArticle } from '../../src/lib/articles';
import { distDir, seedRole } from './site';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const roles: { slug: string; title: string }[] = JSON.parse(read('api/roles.json'));
const PLACEHOLDER = /\{(company|location|years)\}/;

test('every role says "a" or "an" by the sound of its title: page headings, JSON-LD, .md and .txt', () => {
	for (const { slug, title } of roles) {
		const right = `${indefiniteArticle(title)} ${title}`;
		const wrong = `${indefiniteArticle(title) === 'a' ? 'an' : 'a'} ${title}`;
		const html = read(`roles/${slug}/index.html`).replaceAll('&amp;', '&');
		const markdown = read(`roles/${slug}.md`);
		const text = read(`roles/${slug}.txt`);
		expect(html, slug).toContain(`What does ${right} do?`);
		expect(html, slug).toContain(`Interview questions for ${right}`);
		expect(markdown, slug).toContain(`## What does ${right} do?`);
		expect(text, slug).toContain(`WHAT DOES ${right.toUpperCase()} DO?`);
		for (const [name, content] of Object.entries({ html, markdown, text }))
			expect(content.includes(` ${wrong} `) || content.includes(` ${wrong}?`), `${slug} ${name}: "${wrong}"`).toBe(
				false,
			);
	}
	expect(read('roles/electrician/index.html')).toContain('What does an Electrician do?');
});

test('downloads read as the page does by default: no raw placeholders in any .md or .txt', () => {
	for (const { slug } of roles) {
		for (const file of [`roles/${slug}.md`, `roles/${slug}.txt`]) expect(read(file), file).not.toMatch(PLACEHOLDER);
	}
	const role = seedRole();
	expect(read('roles/back-end-developer.md')).toContain(`- ${role.experienceYears}+ years of professional experience`);
	const withCompany = roles.find(({ slug }) => read(`api/roles/${slug}.json`).includes('{company}'))!;
	expect(read(`roles/${withCompany.slug}.txt`)).toContain('[Company name]');
});

test('the API keeps the placeholders as written and gives their default text', () => {
	const api = JSON.parse(read('api/roles/back-end-developer.json'));
	const role = seedRole();
	expect(api.requirements.join('\n')).toContain('{years}+ years of professional experience');
	expect(api.placeholders).toEqual({
		company: '[Company name]',
		location: '[Location]',
		years: String(role.experienceYears),
	});
	expect(api.templates.markdown).toContain('{years}+ years');
	expect(api.templates.markdown.replace('{years}', api.placeholders.years)).toContain(
		`${role.experienceYears}+ years of professional experience`,
	);
	expect(api.templates.text).toMatch(/^BACK-END DEVELOPER JOB DESCRIPTION/);
	expect(read('roles/back-end-developer.md')).toBe(
		api.templates.markdown.replace(
			/\{(company|location|years)\}/g,
			(_: string, name: string) => api.placeholders[name],
		),
	);
});

test('a partly customized download fills the rest with what the page shows', async ({ page }) => {
	await page.goto('/roles/back-end-developer/');
	await page.getByText('Customize for your company').click();
	await page.getByLabel('Company name').fill('Acme Health');
	await expect(page.locator('[data-placeholder="company"]').first()).toHaveText('Acme Health');
	const pageYears = await page.locator('[data-placeholder="years"]').first().textContent();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download .txt' }).click(),
	]);
	const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
	expect(download.suggestedFilename()).toBe('back-end-developer.txt');
	expect(text).toContain('Acme Health');
	expect(text).toContain(`• ${pageYears}+ years of professional experience`);
	expect(text).not.toMatch(PLACEHOLDER);
});

test('no role page lists a role twice: related roles leave out the career path', () => {
	const twice: string[] = [];
	for (const { slug } of roles) {
		const html = read(`roles/${slug}/index.html`);
		const links = (section: string) =>
			[
				...(
					html.match(new RegExp(`<section[^>]*aria-labelledby="${section}"[\\s\\S]*?</section>`))?.[0] ?? ''
				).matchAll(/href="(\/roles\/[^"]+)"/g),
			].map((m) => m[1]!);
		const careerPath = new Set(links('career-path'));
		for (const href of links('related')) if (careerPath.has(href)) twice.push(`${slug}: ${href}`);
	}
	expect(twice).toEqual([]);
});
