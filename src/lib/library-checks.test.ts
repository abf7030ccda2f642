// cspell:ignore enginering
import { describe, expect, it } from 'vitest';
import { fileNameProblems, findLibraryProblems, formatLibraryProblems } from './library-checks';

const role = (
	id: string,
	overrides: Partial<{
		title: string;
		department: string;
		related: string[];
		previous: string[];
		next: string[];
		reportsTo: string;
	}> = {},
) => ({
	id,
	filePath: `content/roles/${id}.mdx`,
	data: {
		title: overrides.title ?? id,
		department: overrides.department ?? 'engineering',
		related: overrides.related ?? [],
		careerPath: { previous: overrides.previous ?? [], next: overrides.next ?? [] },
		...(overrides.reportsTo ? { reportsTo: overrides.reportsTo } : {}),
	},
});
const departments = [{ id: 'engineering', data: { name: 'Software Engineering' } }];

describe('findLibraryProblems', () => {
	it('finds nothing wrong in a consistent library', () => {
		const roles = [role('a', { related: ['b'], next: ['b'] }), role('b', { related: ['a'], previous: ['a'] })];
		expect(findLibraryProblems(roles, departments)).toEqual([]);
	});

	it('accepts reportsTo as a role slug or as a title in words, and refuses a slug that is no role', () => {
		const roles = [
			role('a', { reportsTo: 'b', related: ['b'] }),
			role('b', { reportsTo: 'Director of Nursing', related: ['a'] }),
		];
		expect(findLibraryProblems(roles, departments)).toEqual([]);
		const [problem] = findLibraryProblems([role('a', { reportsTo: 'nurse-manager' })], departments);
		expect(problem).toMatchObject({ file: 'content/roles/a.mdx', field: 'reportsTo' });
		expect(problem!.message).toContain('"nurse-manager" is not a role');
	});

	it('reports an unknown department with the ones that exist', () => {
		const [problem] = findLibraryProblems([role('a', { department: 'enginering' })], departments);
		expect(problem).toEqual({
			file: 'content/roles/a.mdx',
			field: 'department',
			message: '"enginering" is not a department; use one of: engineering',
		});
	});

	it('reports a dangling related slug and career path slug by field', () => {
		const problems = findLibraryProblems([role('a', { related: ['ghost'], next: ['phantom'] })], departments);
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'related: "ghost" is not a role; expected the file name (without .mdx) of a role in content/roles/',
			'careerPath.next: "phantom" is not a role; expected the file name (without .mdx) of a role in content/roles/',
		]);
	});

	it('reports a duplicate title, ignoring case, naming both files', () => {
		const problems = findLibraryProblems([role('a', { title: 'Nurse' }), role('b', { title: 'nurse' })], departments);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/roles/b.mdx', field: 'title' });
		expect(problems[0]!.message).toContain('content/roles/a.mdx');
	});

	it('reports slugs that differ only in case', () => {
		const problems = findLibraryProblems([role('Nurse', { title: 'A' }), role('nurse', { title: 'B' })], departments);
		expect(problems.map((p) => p.field)).toEqual(['slug']);
	});

	it('reports a role that lists itself', () => {
		const problems = findLibraryProblems([role('a', { related: ['a'] })], departments);
		expect(problems[0]!.message).toMatch(/cannot point to itself/);
	});

	it('reports a department without roles', () => {
		const problems = findLibraryProblems([role('a')], [...departments, { id: 'legal', data: { name: 'Legal' } }]);
		expect(problems).toEqual([
			expect.objectContaining({ field: 'roles', message: expect.stringContaining('"Legal" has no roles') }),
		]);
	});

	it('formats every problem on its own line with file and field', () => {
		const text = formatLibraryProblems(findLibraryProblems([role('a', { related: ['x', 'y'] })], departments));
		expect(text.split('\n')).toEqual([
			'The content library has 2 problems:',
			expect.stringMatching(/^ {2}content\/roles\/a.mdx → related: "x" is not a role/),
			expect.stringMatching(/^ {2}content\/roles\/a.mdx → related: "y" is not a role/),
		]);
	});
});

describe('fileNameProblems', () => {
	it('accepts slugs and ignores other files', () => {
		expect(fileNameProblems(['back-end-developer.mdx', 'nurse-2.mdx', 'README.md'])).toEqual([]);
	});

	it('refuses names that are not slugs, suggesting one', () => {
		expect(fileNameProblems(['Back-End Developer.mdx'])).toEqual([
			{
				file: 'content/roles/Back-End Developer.mdx',
				field: 'file name',
				message:
					"the file name is the role's URL and must be lower case letters, digits and hyphens; rename it to back-end-developer.mdx",
			},
		]);
	});
});
