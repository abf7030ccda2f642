// cspell:ignore Écrivain
import { describe, expect, it } from 'vitest';
import type { RoleEntry } from './library';
import type { Library } from './library';
import { namesByLetter, recentlyUpdated, relatedRoles, rolesByLetter } from './roles';

const role = (id: string, title: string, updated = '2026-01-01') =>
	({ id, data: { title, updated: new Date(updated) } }) as unknown as RoleEntry;

describe('rolesByLetter', () => {
	it('groups by first letter, sorted, with digits under #', () => {
		const groups = rolesByLetter([
			role('b', 'Barista'),
			role('a2', 'accountant'),
			role('a', 'Actor'),
			role('3', '3D Artist'),
		]);
		expect(groups.map((g) => [g.letter, g.roles.map((r) => r.id)])).toEqual([
			['#', ['3']],
			['A', ['a2', 'a']],
			['B', ['b']],
		]);
	});

	it('files accented titles under their base letter', () => {
		expect(rolesByLetter([role('e', 'Écrivain')])[0]!.letter).toBe('E');
	});
});

describe('namesByLetter', () => {
	const named = (id: string, title: string, alternateTitles: string[]) =>
		({ id, data: { title, alternateTitles } }) as unknown as RoleEntry;

	it('files every alternate title under its own letter, pointing to its role', () => {
		const groups = namesByLetter([
			named('back-end-developer', 'Back-end Developer', ['Backend Developer', 'Server-side Developer']),
			named('sre', 'Site Reliability Engineer', ['SRE']),
		]);
		expect(
			groups.map(({ letter, names }) => [letter, names.map((n) => `${n.name}${n.alternate ? ` → ${n.role.id}` : ''}`)]),
		).toEqual([
			['B', ['Back-end Developer', 'Backend Developer → back-end-developer']],
			['S', ['Server-side Developer → back-end-developer', 'Site Reliability Engineer', 'SRE → sre']],
		]);
	});

	it("leaves out an alternate title that is another role's own title", () => {
		const groups = namesByLetter([named('a', 'Accountant', ['Bookkeeper']), named('b', 'Bookkeeper', [])]);
		expect(groups.flatMap(({ names }) => names.map((n) => [n.name, n.role.id]))).toEqual([
			['Accountant', 'a'],
			['Bookkeeper', 'b'],
		]);
	});
});

describe('recentlyUpdated', () => {
	it('puts the newest first and breaks ties by title', () => {
		const roles = [role('old', 'Old', '2025-01-01'), role('z', 'Zed', '2026-05-01'), role('a', 'Abe', '2026-05-01')];
		expect(recentlyUpdated(roles, 2).map((r) => r.id)).toEqual(['a', 'z']);
	});
});

describe('relatedRoles', () => {
	it('leaves out the roles the career path already lists, keeping the author’s order', () => {
		const roles = ['a', 'b', 'c', 'd'].map((id) => role(id, id.toUpperCase()));
		const library = { roleById: new Map(roles.map((r) => [r.id, r])) } as unknown as Library;
		const data = { related: ['d', 'a', 'b', 'c'], careerPath: { previous: ['a'], next: ['c'] } };
		expect(relatedRoles(library, data).map((r) => r.id)).toEqual(['d', 'b']);
		expect(relatedRoles(library, { ...data, related: ['a', 'c'] })).toEqual([]);
	});
});
