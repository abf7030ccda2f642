import { expect, test } from '@playwright/test';
import { seedRole } from './site';

const role = seedRole();
const url = '/roles/back-end-developer/';

test.describe('role page', () => {
	test('reads as a complete job description', async ({ page }) => {
		await page.goto(url);
		await expect(page).toHaveTitle(/^Back-end Developer Job Description — Rolebook$/);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).toHaveText('Back-end Developer Job Description');
		const headings = await page.locator('main h2').allTextContents();
		expect(headings).toEqual(
			expect.arrayContaining([
				'What does a Back-end Developer do?',
				'Back-end Developer duties and responsibilities',
				'Back-end Developer requirements, skills and qualifications',
				'Interview questions for a Back-end Developer',
				'Related roles',
				`Using this Back-end Developer job description`,
			]),
		);
		const hasCareerPath = role.careerPath.previous.length + role.careerPath.next.length > 0;
		await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toHaveCount(hasCareerPath ? 1 : 0);
		await expect(page.getByText('Also known as:')).toBeVisible();
		await expect(page.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

		const duties = page.locator('section:has(#duties) li');
		await expect(duties).toHaveText(role.duties);
		await expect(page.locator('section:has(#requirements) .skills li')).toHaveText(role.skills);
	});

	test('shows placeholders as marked-up spans with their defaults', async ({ page }) => {
		await page.goto(url);
		const years = page.locator('[data-placeholder="years"]').first();
		await expect(years).toHaveText(String(role.experienceYears));
		await expect(page.locator('[data-placeholder="company"]').first()).toHaveText('[Company name]');
		await expect(page.locator('[data-placeholder="location"]').first()).toHaveText('[Location]');
		// No raw placeholder leaks into the visible text.
		expect(await page.locator('main').innerText()).not.toMatch(/\{(years|company|location)\}/);
	});

	test('keeps answer guides closed until a question is opened', async ({ page }) => {
		await page.goto(url);
		const first = role.interviewQuestions[0]!;
		const details = page.locator('details', { hasText: first.question });
		await expect(page.locator('.questions details')).toHaveCount(role.interviewQuestions.length);
		await expect(details.getByText(first.lookFor)).toBeHidden();
		await details.locator('summary').click();
		await expect(details.getByText(first.lookFor)).toBeVisible();
	});

	test('links to related roles and the department', async ({ page }) => {
		await page.goto(url);
		const related = page.locator('section:has(#related) li a');
		const onCareerPath = [...(role.careerPath?.previous ?? []), ...(role.careerPath?.next ?? [])];
		// Roles already on the career path are left out (role-text.spec.ts checks this on every role).
		await expect(related).toHaveCount(role.related.filter((slug) => !onCareerPath.includes(slug)).length);
		await page
			.getByRole('navigation', { name: 'Breadcrumb' })
			.getByRole('link', { name: 'Software Engineering' })
			.click();
		await expect(page).toHaveURL('/departments/engineering/');
		await expect(page.getByRole('link', { name: 'Back-end Developer' }).first()).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the full description is readable and answer guides open', async ({ page }) => {
		await page.goto(url);
		await expect(page.locator('section:has(#duties) li').first()).toBeVisible();
		await expect(page.locator('section:has(#duties) li')).toHaveCount(role.duties.length);
		await page.locator('.questions summary').first().click();
		await expect(page.getByText(role.interviewQuestions[0]!.lookFor)).toBeVisible();
		// The theme toggle needs JavaScript, so it stays out of the way.
		await expect(page.locator('.theme-toggle')).toBeHidden();
	});
});
