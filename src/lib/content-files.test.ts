import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedBody, seedFrontmatter } from '../../tests/fixtures';
import { ContentFileError, parseRole, readDepartments, readRoles, roleSource, validateRole } from './content-files';

const dir = mkdtempSync(join(tmpdir(), 'rolebook-content-files-'));
afterAll(() => rmSync(dir, { recursive: true }));

describe('content files', () => {
	it('reads a role back as it was written, body and all', () => {
		const role = parseRole({ path: 'content/roles/x-ray-tech.mdx', source: roleSource(seedFrontmatter(), seedBody()) });
		expect(role.slug).toBe('x-ray-tech');
		expect(role.data).toEqual(seedFrontmatter());
		expect(role.body.trim()).toBe(seedBody().trim());
		expect(validateRole(role).issues).toEqual([]);
	});

	it('names the file and the field when the frontmatter is missing or not YAML', () => {
		const parse = (source: string) => () => parseRole({ path: 'content/roles/a.mdx', source });
		expect(parse('Just prose, no frontmatter.\n')).toThrow(ContentFileError);
		expect(parse('Just prose, no frontmatter.\n')).toThrow(/^content\/roles\/a\.mdx → frontmatter: missing ---/);
		expect(parse('---\ntitle: [unclosed\n---\nBody\n')).toThrow(/^content\/roles\/a\.mdx → frontmatter: /);
	});

	it('validates with the build schema, field by field', () => {
		const role = parseRole({
			path: 'a.mdx',
			source: roleSource({ ...seedFrontmatter(), level: 'intern', summary: 'Short.' }, seedBody()),
		});
		expect(validateRole(role).issues.map((issue) => issue.field)).toEqual(['summary', 'level']);
	});

	it('lists roles and departments of a content folder in order, and refuses a bad department', () => {
		mkdirSync(join(dir, 'roles'));
		mkdirSync(join(dir, 'departments'));
		for (const slug of ['b-role', 'a-role']) writeFileSync(join(dir, 'roles', `${slug}.mdx`), roleSource({}, 'Hi\n'));
		writeFileSync(join(dir, 'roles', 'notes.txt'), 'not a role');
		writeFileSync(
			join(dir, 'departments', 'data.yml'),
			'name: Data\ndescription: People who collect, clean and explain the numbers a company runs on.\n',
		);
		expect(readRoles(dir).map((role) => role.slug)).toEqual(['a-role', 'b-role']);
		expect(readDepartments(dir).map((department) => [department.id, department.data.name])).toEqual([['data', 'Data']]);
		writeFileSync(join(dir, 'departments', 'empty.yaml'), 'name: Empty\n');
		expect(() => readDepartments(dir)).toThrow(/empty\.yaml → description: /);
	});
});
