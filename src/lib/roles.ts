/** Queries over the library: which roles belong together, in what order, and who reports to whom. */
import type { Library, RoleEntry } from './library';
import { roleUrl } from './urls';

/** Roles of one department, A–Z. */
export function departmentRoles(library: Library, departmentId: string): RoleEntry[] {
	return library.roles.filter((role) => role.data.department === departmentId);
}

/** Resolves slugs to roles, keeping the author's order. */
export function rolesBySlug(library: Library, slugs: readonly string[]): RoleEntry[] {
	return slugs.flatMap((slug) => library.roleById.get(slug) ?? []);
}

/**
 * The related roles to list under "Related roles": the author's list without the roles the
 * career path already shows, so no role appears twice on a page.
 */
export function relatedRoles(library: Library, data: Pick<RoleEntry['data'], 'related' | 'careerPath'>): RoleEntry[] {
	const onCareerPath = new Set([...data.careerPath.previous, ...data.careerPath.next]);
	return rolesBySlug(
		library,
		data.related.filter((slug) => !onCareerPath.has(slug)),
	);
}

export interface LetterGroup {
	letter: string;
	roles: RoleEntry[];
}

/** Groups roles by the first letter of their title for the A–Z index; digits go under "#". */
export function rolesByLetter(roles: readonly RoleEntry[]): LetterGroup[] {
	const groups = new Map<string, RoleEntry[]>();
	for (const role of [...roles].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))) {
		const first = role.data.title.normalize('NFD').charAt(0).toUpperCase();
		const letter = /[A-Z]/.test(first) ? first : '#';
		groups.set(letter, [...(groups.get(letter) ?? []), role]);
	}
	return [...groups].map(([letter, list]) => ({ letter, roles: list }));
}

/** The id of a letter's section in the A–Z index: "letter-n", and "letter-0-9" for digits. */
export const letterAnchor = (letter: string) => (letter === '#' ? 'letter-0-9' : `letter-${letter.toLowerCase()}`);

/** A name in the A–Z index: a role's title, or another name it is known by, pointing to it. */
export interface IndexName {
	name: string;
	role: RoleEntry;
	/** True for an alternate title ("Backend Developer" → Back-end Developer). */
	alternate: boolean;
}

/**
 * Every title and alternate title, A–Z by letter, so a visitor finds a role by the name they know
 * without search. An alternate title that is also a role's own title is left to that role.
 */
export function namesByLetter(roles: readonly RoleEntry[]): { letter: string; names: IndexName[] }[] {
	const titles = new Set(roles.map((role) => role.data.title.toLowerCase()));
	const names: IndexName[] = roles.flatMap((role) => [
		{ name: role.data.title, role, alternate: false },
		...[...new Set(role.data.alternateTitles)]
			.filter((name) => !titles.has(name.toLowerCase()))
			.map((name) => ({ name, role, alternate: true })),
	]);
	const groups = new Map<string, IndexName[]>();
	const byName = (a: IndexName, b: IndexName) =>
		a.name.localeCompare(b.name, 'en') || a.role.data.title.localeCompare(b.role.data.title, 'en');
	for (const entry of names.sort(byName)) {
		const first = entry.name.normalize('NFD').charAt(0).toUpperCase();
		const letter = /[A-Z]/.test(first) ? first : '#';
		groups.set(letter, [...(groups.get(letter) ?? []), entry]);
	}
	return [...groups].map(([letter, list]) => ({ letter, names: list }));
}

/** Most recently reviewed first; ties broken by title so builds are reproducible. */
export function recentlyUpdated(roles: readonly RoleEntry[], count: number): RoleEntry[] {
	return [...roles]
		.sort(
			(a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title, 'en'),
		)
		.slice(0, count);
}

/**
 * Who a role reports to, for display: the role it names (with its page) when `reportsTo` is a
 * role's slug, otherwise the text as written.
 */
export function reportsTo(library: Library, role: RoleEntry): { title: string; href?: string } | undefined {
	const value = role.data.reportsTo;
	if (!value) return undefined;
	const manager = library.roleById.get(value);
	return manager ? { title: manager.data.title, href: roleUrl(manager.id) } : { title: value };
}
