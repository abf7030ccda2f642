// cspell:ignore rockstar
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { seedBody, seedFrontmatter } from '../../tests/fixtures';
import { lintContent, type RoleFile } from './content-lint';

function roleFile(
	slug: string,
	change: (data: Record<string, unknown>) => void = () => {},
	body = seedBody(),
): RoleFile {
	// Related slugs outside the files under test: valid for the schema, silent for links-back.
	const data = {
		...seedFrontmatter(),
		title: slug,
		careerPath: { previous: [], next: [] },
		related: ['elsewhere-a', 'elsewhere-b'],
	};
	change(data);
	return { path: `content/roles/${slug}.mdx`, source: `---\n${dump(data)}---\n${body}` };
}
const rules = (files: RoleFile[]) =>
	lintContent(files).findings.map((f) => `${f.file.split('/').pop()} ${f.field} ${f.rule}`);

describe('lintContent', () => {
	it('passes the seed role', () => {
		expect(lintContent([roleFile('back-end-developer')]).findings).toEqual([]);
	});

	it.each([
		['rockstar', 'We want a rockstar engineer to own the platform.'],
		['ninja', 'Join as our data ninja and tame the warehouse.'],
		['he or she', 'He or she will report to the head of engineering.'],
		['native speaker', 'Native English speaker who writes clear reports.'],
		['young', 'A young, fast-moving team building payments.'],
		['aggressive', 'Aggressive about hitting sales targets each quarter.'],
		['manpower', 'Plan manpower for the night shift and cover absences.'],
	])('flags "%s" with the field it is in', (_word, duty) => {
		const findings = lintContent([roleFile('a', (d) => ((d['duties'] as string[])[1] = duty))]).findings;
		expect(findings).toEqual([expect.objectContaining({ field: 'duties.1', rule: 'inclusive-language' })]);
	});

	it('uses retext-equality for gendered words beyond the job-ad list', () => {
		const findings = lintContent([
			roleFile('a', (d) => ((d['duties'] as string[])[0] = 'Brief the chairwoman and the board each month.')),
		]).findings;
		expect(findings.some((f) => f.rule === 'inclusive-language' && f.message.includes('retext-equality'))).toBe(true);
	});

	it.each([
		['a license grade', 'Hold a master electrician license where the state requires one.', []],
		['the school timetable', 'Build the master schedule with department heads each spring.', []],
		['a field of care', 'Refer students to community mental health services when needed.', []],
		[
			'the software sense',
			'Promote the master database when the replica falls behind.',
			['duties.1 inclusive-language'],
		],
	])('tells an established term (%s) from the word retext-equality means', (_case, duty, expected) => {
		const findings = lintContent([roleFile('a', (d) => ((d['duties'] as string[])[1] = duty))]).findings;
		expect(findings.map((f) => `${f.field} ${f.rule}`)).toEqual(expected);
	});

	it('allows gendered titles people search for in alternateTitles only', () => {
		expect(rules([roleFile('server', (d) => (d['alternateTitles'] = ['Waitress', 'Waiter']))])).toEqual([]);
	});

	it('flags TODO markers left by the scaffold', () => {
		expect(
			rules([
				roleFile('a', (d) => (d['summary'] = 'TODO: one sentence on what this role does, 50 to 160 characters.')),
			]),
		).toContain('a.mdx line 3 todo');
	});

	it('flags a summary that only restates the title', () => {
		const findings = rules([
			roleFile(
				'a',
				(d) => (
					(d['title'] = 'Data Engineer'),
					(d['summary'] = 'The Data Engineer job description for a data engineer role.')
				),
			),
		]);
		expect(findings).toContain('a.mdx summary summary');
	});

	it('flags answer guides that are thin or repeat the question', () => {
		const findings = rules([
			roleFile('a', (d) => {
				const questions = d['interviewQuestions'] as { question: string; lookFor: string }[];
				questions[0]!.lookFor = 'A good, clear and confident answer to the question.';
				questions[1] = {
					question: 'How do you tune a slow database query for a busy endpoint?',
					lookFor: 'How they tune a slow database query for a busy endpoint, and how they tune a database query.',
				};
			}),
		]);
		expect(findings).toEqual([
			'a.mdx interviewQuestions.0.lookFor answer-guide',
			'a.mdx interviewQuestions.1.lookFor answer-guide',
		]);
	});

	it('fails when more than a small share of duty lines repeat across roles', () => {
		const report = lintContent([roleFile('a'), roleFile('b')]);
		expect(report.duplicateShare).toBe(1);
		expect(report.findings.filter((f) => f.rule === 'duplicate-line')).toHaveLength(40);
	});

	it('requires career paths and same-department related roles to link back', () => {
		const findings = rules([
			roleFile('junior', (d) => ((d['careerPath'] = { next: ['senior'] }), (d['related'] = ['senior']))),
			roleFile('senior', (d) => (d['duties'] = (d['duties'] as string[]).map((duty) => `${duty} Again.`))),
		]).filter((f) => f.endsWith('links-back'));
		expect(findings).toEqual(['junior.mdx careerPath.next links-back', 'senior.mdx related links-back']);
	});
});
