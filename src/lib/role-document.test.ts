import { describe, expect, it } from 'vitest';
import { seedBody, seedFrontmatter } from '../../tests/fixtures';
import { roleSchema } from '../schemas/role';
import { descriptionTree, roleToMarkdown, roleToPlainText, toPlainText } from './role-document';

const role = {
	data: roleSchema.parse(seedFrontmatter()),
	body: seedBody(),
	url: 'https://example.org/roles/back-end-developer/',
};

describe('roleToMarkdown', () => {
	const markdown = roleToMarkdown(role);

	it('is a clean Markdown job description with headings and lists', () => {
		expect(markdown).toMatch(/^# Back-end Developer Job Description\n/);
		expect(markdown).toContain('\n## What does a Back-end Developer do?\n');
		expect(markdown).toContain('\n### Work environment\n');
		expect(markdown).toContain('\n## Back-end Developer duties and responsibilities\n');
		for (const duty of role.data.duties) expect(markdown).toContain(`\n- ${duty}\n`);
		expect(markdown).toContain('\n## Interview questions for a Back-end Developer\n');
		expect(markdown).toContain(`> **What a good answer shows:** ${role.data.interviewQuestions[0]!.lookFor}`);
	});

	it('keeps placeholders as written, unescaped', () => {
		expect(markdown).toContain('- {years}+ years of professional experience');
		expect(markdown).not.toContain('\\{');
	});

	it('leaves "&" bare in words like R&D but escapes what would read as a character reference', () => {
		const withAmpersands = roleToMarkdown({
			...role,
			data: { ...role.data, duties: ['Work with R&D on P&L reviews.', 'Write &amp; in a code sample.'] },
		});
		expect(withAmpersands).toContain('- Work with R&D on P&L reviews.');
		expect(withAmpersands).toContain('- Write \\&amp; in a code sample.');
	});
});

describe('roleToPlainText', () => {
	const text = roleToPlainText(role);

	it('uses capitalized headings and bullet characters, with no Markdown syntax', () => {
		expect(text).toMatch(/^BACK-END DEVELOPER JOB DESCRIPTION\n\n/);
		expect(text).toContain('\nBACK-END DEVELOPER DUTIES AND RESPONSIBILITIES\n\n• Design, build and maintain');
		expect(text).not.toMatch(/^#|\*\*|^- /m);
	});

	it('lists every duty on its own bulleted line', () => {
		for (const duty of role.data.duties) expect(text).toContain(`\n• ${duty}`);
	});
});

describe('descriptionTree', () => {
	it('holds the description a recruiter pastes, without interview questions', () => {
		const text = toPlainText(descriptionTree(role));
		expect(text).toContain('\nEducation\n');
		expect(text).not.toContain(role.data.interviewQuestions[0]!.question);
	});
});

describe('reports to, work environment and how to become', () => {
	const full = {
		...role,
		reportsTo: 'Engineering Manager',
		data: {
			...role.data,
			workEnvironment: {
				setting: 'An office or home office, with a laptop and two monitors.',
				schedule: 'Daytime hours, with an on-call week every two months.',
				physicalDemands: ['Sit at a screen for most of the day, with breaks'],
			},
			howToBecome: ['Learn one server-side language well.', 'Ship a service that others use.'],
		},
	};

	it('puts reports-to and work environment in the description a recruiter copies', () => {
		const text = toPlainText(descriptionTree(full));
		expect(text).toContain('\nReports to\n\nEngineering Manager\n');
		expect(text).toContain('Setting: An office or home office');
		expect(text).toContain('Schedule: Daytime hours, with an on-call week');
		expect(text).toContain('• Sit at a screen for most of the day');
	});

	it('puts the numbered steps into the exports under their own heading', () => {
		const markdown = roleToMarkdown(full);
		expect(markdown).toContain(
			'\n## How to become a Back-end Developer\n\n1. Learn one server-side language well.\n2. Ship a service that others use.\n',
		);
		expect(toPlainText(descriptionTree(full))).not.toContain('Learn one server-side language');
	});
});
