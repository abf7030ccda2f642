/** The site's own words: one capitalization style, US English, dates on recent roles, and labels. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readDepartments } from '../../src/lib/content-files.ts';
import { builtPages, distDir } from './site';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const roles: { slug: string; title: string; updated: string; alternateTitles: string[] }[] = JSON.parse(
	read('api/roles.json'),
);
const decode = (text: string) =>
	text
		.replace(/<[^>]+>/g, '')
		.replaceAll('&amp;', '&')
		.replaceAll('&#39;', "'")
		.replaceAll('&quot;', '"')
		.trim();

const MINOR = new Set('a an and as at but by for in nor of on or the to vs with'.split(' '));
/** Title case: every word capitalized except short function words inside; the parts of "Back-end" may stay low. */
const titleCaseProblems = (heading: string) =>
	heading.split(/\s+/).filter((word, index, words) => {
		const letters = word.replace(/^[^\p{L}\d]+/u, '');
		if (!letters || /^[\d\p{Lu}]/u.test(letters) || /\p{Lu}/u.test(letters.slice(1))) return false;
		return !(MINOR.has(letters.toLowerCase()) && index > 0 && index < words.length - 1);
	});

test('every page title (h1) is in title case', () => {
	const problems: string[] = [];
	for (const { file, path } of builtPages()) {
		const h1 = decode(readFileSync(file, 'utf8').match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '');
		const words = titleCaseProblems(h1);
		if (words.length > 0) problems.push(`${path}: "${h1}" (${words.join(', ')})`);
	}
	expect(problems).toEqual([]);
});

test('section headings are in sentence case: only the first word and names are capitalized', () => {
	const departments = readDepartments('content').map((department) => department.data.name);
	const names = [...roles.map((role) => role.title), ...departments, 'Rolebook', 'FAQs'].sort(
		(a, b) => b.length - a.length,
	);
	const problems: string[] = [];
	for (const path of ['/', '/roles/back-end-developer/', '/roles/electrician/', '/departments/']) {
		const html = read(path.slice(1) + 'index.html');
		for (const [, inner] of html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)) {
			let heading = decode(inner!);
			if (names.includes(heading) || /^\p{Lu}$|^#$/u.test(heading)) continue;
			for (const name of names) heading = heading.replaceAll(name, 'name');
			const capitalized = heading
				.split(/\s+/)
				.slice(1)
				.filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
			if (capitalized.length > 0) problems.push(`${path}: "${heading}" (${capitalized.join(', ')})`);
		}
	}
	expect(problems).toEqual([]);
});

test('pages are marked as US English', () => {
	for (const { file, path } of builtPages()) expect(readFileSync(file, 'utf8'), path).toMatch(/<html lang="en-US"/);
});

test('"Recently updated" shows the newest reviews first, ties by title, each with its date', async ({ page }) => {
	const expected = [...roles]
		.sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'en'))
		.slice(0, 6);
	await page.goto('/');
	const cards = page.locator('section:has(#recent) .card');
	await expect(cards.locator('h3')).toHaveText(expected.map((role) => role.title));
	for (const [index, role] of expected.entries()) {
		await expect(cards.nth(index).locator('time')).toHaveAttribute('datetime', role.updated);
		await expect(cards.nth(index)).toContainText(/Reviewed \w+ \d{1,2}, \d{4}/);
	}
});

test('the header’s Departments link leads to a page listing every department', async ({ page }) => {
	const departments = JSON.parse(read('api/roles.json')) as { department: string }[];
	await page.goto('/roles/back-end-developer/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Departments' }).click();
	await expect(page).toHaveURL('/departments/');
	await expect(page.locator('h1')).toHaveText('All Departments');
	await expect(page.locator('main h2 a')).toHaveCount(new Set(departments.map((role) => role.department)).size);
	await page.getByRole('link', { name: 'Software Engineering' }).click();
	await expect(page).toHaveURL('/departments/engineering/');
	await expect(
		page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Departments' }),
	).toBeVisible();
});

for (const width of [320, 375]) {
	test(`the theme toggle has a visible label at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 700 });
		await page.goto('/');
		const label = page.locator('.theme-toggle .toggle-label');
		await expect(label).toHaveText('Dark theme');
		const box = await label.boundingBox();
		expect(box!.width).toBeGreaterThan(40);
		await expect(page.getByRole('button', { name: 'Dark theme' })).toBeInViewport({ ratio: 1 });
	});
}
