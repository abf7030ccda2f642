import { absoluteUrl } from './head';
import type { Library, RoleEntry } from './library';
import { payFor } from './pay';
import type { RoleDocumentInput } from './role-document';
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

/** Most recently reviewed first; ties broken by title so builds are reproducible. */
export function recentlyUpdated(roles: readonly RoleEntry[], count: number): RoleEntry[] {
	return [...roles]
		.sort(
			(a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title, 'en'),
		)
		.slice(0, count);
}

/** "November 25, 2026", in UTC so the date never shifts with the build machine's time zone. */
const dateFormat = new Intl.DateTimeFormat('en-US', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});
export const formatDate = (date: Date): string => dateFormat.format(date);

/** "2026-11-25" for datetime attributes. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "1 role", "12 roles". */
export const roleCount = (count: number) => `${count} ${count === 1 ? 'role' : 'roles'}`;

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

/** What the exports and the API need from a role entry. */
export const roleDocumentInput = (library: Library, role: RoleEntry): RoleDocumentInput => ({
	data: role.data,
	reportsTo: reportsTo(library, role)?.title,
	body: role.body ?? '',
	url: absoluteUrl(roleUrl(role.id)),
	pay: payFor(role.data),
});
