/**
 * The build's side of comparisons: which pairs get a page, their paths, and the names a
 * comparison shows. The pages and the role pages (which link to their pairs) read it.
 */
import { LEVEL_LABELS } from '../schemas/role';
import { toApiRole } from './api';
import { comparisonPages, compareRoles, type CompareNames, type WrittenComparison } from './compare';
import { getLibrary, type Library, type RoleEntry } from './library';
import { compareUrl } from './urls';

const pages = new WeakMap<Library, WrittenComparison[]>();

/** The pairs with a written comparison long enough for a page, computed once per build. */
export function comparisonPagesOf(library: Library): WrittenComparison[] {
	let list = pages.get(library);
	if (!list) {
		list = comparisonPages(
			library.roles.map((role) => ({
				slug: role.id,
				title: role.data.title,
				alternateTitles: role.data.alternateTitles,
				faqs: role.data.faqs,
				body: role.body ?? '',
			})),
		);
		pages.set(library, list);
	}
	return list;
}

/** The other role and the page of each written comparison a role is part of. */
export function comparisonsOf(library: Library, role: RoleEntry): { title: string; href: string }[] {
	return comparisonPagesOf(library)
		.filter((pair) => pair.a === role.id || pair.b === role.id)
		.map((pair) => {
			const other = library.roleById.get(pair.a === role.id ? pair.b : pair.a)!;
			return { title: other.data.title, href: compareUrl(pair.a, pair.b) };
		});
}

export const compareNames = (library: Library): CompareNames => ({
	titles: Object.fromEntries(library.roles.map((role) => [role.id, role.data.title])),
	departments: Object.fromEntries(library.departments.map((department) => [department.id, department.data.name])),
	levels: LEVEL_LABELS,
});

export async function comparisonPaths() {
	const library = await getLibrary();
	return comparisonPagesOf(library).map((written) => {
		const a = library.roleById.get(written.a)!;
		const b = library.roleById.get(written.b)!;
		return {
			params: { pair: `${written.a}-vs-${written.b}` },
			props: { written, comparison: compareRoles(toApiRole(a, library), toApiRole(b, library)), library },
		};
	});
}
