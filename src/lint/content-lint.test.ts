// cspell:ignore rockstar
import { describe, expect, it } from 'vitest';
import { seedBody, seedFrontmatter } from '../../tests/fixtures';
import { roleSource, type RoleSource } from '../lib/content-files';
import { lintContent } from './content-lint';

function roleFile(
	slug: string,
	change: (data: Record<string, unknown>) => void = () => {},
	body = seedBody(),
): RoleSource {
	// Related slugs outside the files under test: valid for the schema, silent for links-back.
	const data = {
		...seedFrontmatter(),
		title: slug,
		careerPath: { previous: [], next: [] },
		related: ['elsewhere-a', 'elsewhere-b'],
	};
	change(data);
	return { path: `content/roles/${slug}.mdx`, source: roleSource(data, body) };
}
const rules = (files: RoleSource[]) =>
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

	it('refuses answer guides that are thin (the schema) or repeat the question (the lint)', () => {
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
			'a.mdx interviewQuestions.1.lookFor answer-guide',
			'a.mdx interviewQuestions.0.lookFor schema',
		]);
	});

	it('fails when more than a small share of duty lines repeat across roles', () => {
		const report = lintContent([roleFile('a'), roleFile('b')]);
		expect(report.duplicateShare).toBe(1);
		expect(report.findings.filter((f) => f.rule === 'duplicate-line')).toHaveLength(40);
	});

	it('requires career paths and same-department related roles to link back', () => {
		const findings = rules([
			roleFile('junior', (d) => ((d['careerPath'] = { next: ['senior'] }), (d['related'] = ['senior', 'elsewhere-a']))),
			roleFile('senior', (d) => (d['duties'] = (d['duties'] as string[]).map((duty) => `${duty} Again.`))),
		]).filter((f) => f.endsWith('links-back'));
		expect(findings).toEqual(['junior.mdx careerPath.next links-back', 'senior.mdx related links-back']);
	});

	it('keeps each alternate title and search term on one role', () => {
		// Distinct duties so the duplicate-line rule stays out of the way.
		const own = (slug: string) => (d: Record<string, unknown>) => {
			d['duties'] = (d['duties'] as string[]).map((duty) => `${duty} (${slug})`);
			d['alternateTitles'] = [];
		};
		const findings = rules([
			roleFile(
				'nurse',
				(d) => (own('nurse')(d), (d['alternateTitles'] = ['Staff Nurse']), (d['searchTerms'] = ['RN'])),
			),
			roleFile('midwife', (d) => (own('midwife')(d), (d['alternateTitles'] = ['Staff Nurse', 'nurse']))),
			roleFile('doula', (d) => (own('doula')(d), (d['searchTerms'] = ['RN']))),
			roleFile(
				'np',
				(d) => (own('np')(d), (d['searchTerms'] = ['rn', 'Doula']), (d['related'] = ['nurse', 'elsewhere'])),
			),
		]).filter((f) => f.endsWith('one-role-per-name'));
		expect(findings).toEqual([
			'midwife.mdx alternateTitles.0 one-role-per-name',
			'midwife.mdx alternateTitles.1 one-role-per-name',
			'doula.mdx searchTerms.0 one-role-per-name',
			'np.mdx searchTerms.1 one-role-per-name',
		]);
	});

	it('refuses {years} in a role that needs no experience', () => {
		const findings = rules([
			roleFile('cashier', (d) => {
				d['experienceYears'] = 0;
				(d['requirements'] as string[])[0] = '{years}+ years of retail experience.';
			}),
		]);
		expect(findings).toContain('cashier.mdx requirements.0 years');
		expect(rules([roleFile('cashier', (d) => (d['experienceYears'] = 2))])).not.toContain(
			'cashier.mdx requirements.0 years',
		);
	});

	it('warns, without failing, when more than a quarter of overviews open alike', () => {
		const files = ['a', 'b', 'c', 'd'].map((slug) =>
			roleFile(
				slug,
				(d) => (d['duties'] = (d['duties'] as string[]).map((duty) => `${duty} ${slug}`)),
				`A ${slug} keeps the lights on.\n`,
			),
		);
		const report = lintContent(files);
		expect(report.warnings).toEqual([expect.objectContaining({ rule: 'same-opening', field: 'body' })]);
		expect(report.findings.filter((f) => f.rule === 'same-opening')).toEqual([]);
		const varied = lintContent(
			files.map((file, i) =>
				i < 3 ? { ...file, source: file.source.replace(/A [abcd] keeps/, `Every ${i} night`) } : file,
			),
		);
		expect(varied.warnings).toEqual([]);
	});

	it('accepts "Scrum Master", the name the Scrum Guide gives the role', () => {
		const duty = (text: string) => rules([roleFile('a', (d) => ((d['duties'] as string[])[0] = text))]);
		expect(duty('Coach the team as its Scrum Master through each sprint.')).toEqual([]);
		expect(duty('Report to the master of the project each sprint.')).toContain('a.mdx duties.0 inclusive-language');
	});

	it.each([
		'Hold the FSA, Fellow of the Society of Actuaries, credential.',
		'Complete the ASHA Clinical Fellowship after graduate school.',
		'Hold a Master of Science in Nursing from an accredited program.',
		'Hold a master esthetician license where the state offers one.',
		'Screen children for ADHD with validated rating scales.',
	])('accepts the name of a credential: %s', (text) => {
		expect(rules([roleFile('a', (d) => ((d['duties'] as string[])[0] = text))])).toEqual([]);
	});

	it('checks the new fields for wording too', () => {
		expect(
			rules([roleFile('a', (d) => (d['howToBecome'] = ['Apply young, as a rockstar.', 'Train for a year.']))]),
		).toContain('a.mdx howToBecome.0 inclusive-language');
	});
});
