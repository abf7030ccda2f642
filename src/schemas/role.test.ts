import { describe, expect, it } from 'vitest';
import { seedFrontmatter } from '../../tests/fixtures';
import { roleSchema } from './role';

/** The first problem the schema reports, as "field: message". */
function problem(data: unknown): string | undefined {
	const result = roleSchema.safeParse(data);
	if (result.success) return undefined;
	const issue = result.error.issues[0]!;
	return `${issue.path.join('.')}: ${issue.message}`;
}

const without = (key: string) => {
	const data = seedFrontmatter();
	delete data[key];
	return data;
};
const withField = (key: string, value: unknown) => ({ ...seedFrontmatter(), [key]: value });

describe('roleSchema', () => {
	it('accepts the seed role', () => {
		expect(problem(seedFrontmatter())).toBeUndefined();
	});

	it.each([
		['missing title', without('title'), /^title: title must be text/],
		[
			'title with the page suffix',
			withField('title', 'Nurse Job Description'),
			/^title: .*page adds "Job Description"/,
		],
		['summary too long', withField('summary', 'x'.repeat(161)), /^summary: summary must be at most 160 characters/],
		['summary too short', withField('summary', 'Writes code.'), /^summary: summary must be at least 50 characters/],
		[
			'wrong level',
			withField('level', 'junior'),
			/^level: level must be one of: entry, mid, senior, manager, executive/,
		],
		['empty duties', withField('duties', []), /^duties: needs at least 8 duties/],
		[
			'too many requirements',
			withField('requirements', Array(13).fill('A requirement.')),
			/^requirements: allows at most 12/,
		],
		['bad date', withField('updated', 'last Tuesday'), /^updated: updated must be a date written as YYYY-MM-DD/],
		['unknown field', withField('salary', '100k'), /^: unknown field "salary" in the frontmatter; remove it/],
		['experienceYears out of range', withField('experienceYears', 45), /^experienceYears: .*0 to 30/],
		[
			'department that is not a slug',
			withField('department', 'Software Engineering'),
			/^department: department must be a slug/,
		],
		[
			'related list with one role',
			withField('related', ['front-end-developer']),
			/^related: needs at least 2 related role slugs/,
		],
		['related role listed twice', withField('related', ['a-b', 'a-b']), /^related: lists a related role twice/],
		['SOC code as a number', withField('codes', { soc: 151252 }), /^codes.soc: codes.soc must be a quoted string/],
		['missing reportsTo', without('reportsTo'), /^reportsTo: reportsTo is missing: name who the role reports to/],
		[
			'missing workEnvironment',
			without('workEnvironment'),
			/^workEnvironment: workEnvironment is missing: add setting/,
		],
		[
			'work environment without a schedule',
			withField('workEnvironment', { setting: 'An office with a hybrid schedule.' }),
			/^workEnvironment.schedule: workEnvironment.schedule must be text/,
		],
		['missing howToBecome', without('howToBecome'), /^howToBecome: howToBecome is missing: add 2–6 ordered steps/],
		[
			'a single step to become one',
			withField('howToBecome', ['Apply.']),
			/^howToBecome: needs at least 2 howToBecome steps/,
		],
	])('rejects %s', (_name, data, expected) => {
		expect(problem(data)).toMatch(expected);
	});

	it('rejects an unknown placeholder and names it', () => {
		const data = seedFrontmatter();
		(data['duties'] as string[])[2] = 'Negotiate a salary of {salary} with the candidate.';
		expect(problem(data)).toBe(
			'duties.2: unknown placeholder {salary}; the only placeholders allowed are {company}, {location}, {years}',
		);
	});

	it('rejects an interview question without lookFor', () => {
		const data = seedFrontmatter();
		(data['interviewQuestions'] as object[])[0] = { question: 'Why this job?' };
		expect(problem(data)).toMatch(/^interviewQuestions.0.lookFor: lookFor must be text/);
	});

	it('rejects a lookFor too thin to guide an interviewer', () => {
		const data = seedFrontmatter();
		(data['interviewQuestions'] as object[])[0] = { question: 'Why this job?', lookFor: 'Enthusiasm.' };
		expect(problem(data)).toMatch(/^interviewQuestions.0.lookFor: lookFor must describe .* at least 80 characters/);
		// One character short of the limit is refused too; the limit itself passes.
		const guide = 'Names the metric they moved, the trade-off they chose and what they would do again.';
		(data['interviewQuestions'] as object[])[0] = { question: 'Why this job?', lookFor: guide.slice(0, 79) };
		expect(problem(data)).toMatch(/^interviewQuestions.0.lookFor:/);
		(data['interviewQuestions'] as object[])[0] = { question: 'Why this job?', lookFor: guide.slice(0, 80) };
		expect(problem(data)).toBeUndefined();
	});

	it('fills defaults for optional fields', () => {
		const data = seedFrontmatter();
		delete data['faqs'];
		delete data['careerPath'];
		const role = roleSchema.parse(data);
		expect(role.faqs).toEqual([]);
		expect(role.careerPath).toEqual({ previous: [], next: [] });
	});
});
