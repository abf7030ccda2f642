import { describe, expect, it } from 'vitest';
import { compareRoles, comparisonPages, writtenComparisons, type CompareRole, type RoleText } from './compare';

const words = (count: number, word = 'analysis') => Array.from({ length: count }, () => word).join(' ');
const role = (slug: string, title: string, body = '', faqs: RoleText['faqs'] = []): RoleText => ({
	slug,
	title,
	alternateTitles: [],
	faqs,
	body,
});

describe('writtenComparisons', () => {
	const roles = [
		role(
			'data-analyst',
			'Data Analyst',
			`Overview.\n\n### How the role differs from a data scientist\n\n${words(70)}\n\n### Tools\n\nSQL.`,
		),
		role('data-scientist', 'Data Scientist', '', [
			{ question: 'What is the difference between a data scientist and a data analyst?', answer: words(50) },
			{ question: 'What is the difference between a nurse and a nurse practitioner?', answer: words(200) },
		]),
		role('nurse', 'Nurse', `### How the role differs from Nurse Practitioners\n\n${words(40)}`),
		role('nurse-practitioner', 'Nurse Practitioner'),
		role('cook', 'Cook', `### How the role differs from a back-end or front-end developer\n\n${words(300)}`),
	];

	it('pairs a role with the one its section or FAQ names, counting only the written text', () => {
		const pairs = writtenComparisons(roles);
		expect([...pairs.keys()].sort()).toEqual(['data-analyst data-scientist', 'nurse nurse-practitioner']);
		const pair = pairs.get('data-analyst data-scientist')!;
		expect(pair.words).toBe(120);
		expect(pair.pieces.map((piece) => piece.heading)).toEqual([
			'How the role differs from a data scientist',
			'What is the difference between a data scientist and a data analyst?',
		]);
		expect(pair.pieces[0]!.text).not.toContain('SQL');
	});

	it('gives a page only to pairs with at least 120 words of it', () => {
		expect(comparisonPages(roles).map((pair) => `${pair.a} ${pair.b}`)).toEqual(['data-analyst data-scientist']);
	});
});

describe('compareRoles', () => {
	const base: Omit<CompareRole, 'slug' | 'title' | 'skills' | 'duties'> = {
		summary: 's',
		level: 'mid',
		department: 'd',
		experienceYears: 2,
		education: 'e',
		careerPath: { previous: [], next: [] },
		payAndOutlook: null,
	};
	const a: CompareRole = {
		...base,
		slug: 'a',
		title: 'A',
		skills: ['SQL', 'Python', 'Tableau'],
		duties: ['Build dashboards that track weekly sales for store managers.', 'Clean raw data.'],
	};
	const b: CompareRole = {
		...base,
		slug: 'b',
		title: 'B',
		skills: ['sql', 'Machine learning'],
		duties: ['Build dashboards that track weekly sales for regional managers.', 'Train models.'],
	};

	it('splits skills and duties into shared and only-one', () => {
		const result = compareRoles(a, b);
		expect(result.sharedSkills).toEqual(['SQL']);
		expect(result.onlyA.skills).toEqual(['Python', 'Tableau']);
		expect(result.onlyB.skills).toEqual(['Machine learning']);
		expect(result.sharedDuties).toEqual(['Build dashboards that track weekly sales for store managers.']);
		expect(result.onlyA.duties).toEqual(['Clean raw data.']);
		expect(result.onlyB.duties).toEqual(['Train models.']);
	});
});
