import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync } from 'node:fs';
import { contentDir } from '../site.config';
import { fileNameProblems, findCodeProblems, findLibraryProblems, formatLibraryProblems } from './library-checks';
import { knownCodes, occupationData } from './occupation-data';

export type RoleEntry = CollectionEntry<'roles'>;
export type DepartmentEntry = CollectionEntry<'departments'>;

export interface Library {
	roles: RoleEntry[];
	departments: DepartmentEntry[];
	roleById: Map<string, RoleEntry>;
	departmentById: Map<string, DepartmentEntry>;
}

let library: Promise<Library> | undefined;

/** Loads and checks the whole library once per build. Throws with every problem listed. */
export function getLibrary(): Promise<Library> {
	library ??= (async () => {
		const [roles, departments] = await Promise.all([getCollection('roles'), getCollection('departments')]);
		const problems = [
			...fileNameProblems(readdirSync(`${contentDir}/roles`), `${contentDir}/roles`),
			...findLibraryProblems(roles, departments),
			...findCodeProblems(roles, knownCodes(occupationData())),
		];
		if (problems.length > 0) throw new Error(formatLibraryProblems(problems));
		const byTitle = (a: RoleEntry, b: RoleEntry) => a.data.title.localeCompare(b.data.title, 'en');
		roles.sort(byTitle);
		departments.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
		return {
			roles,
			departments,
			roleById: new Map(roles.map((role) => [role.id, role])),
			departmentById: new Map(departments.map((department) => [department.id, department])),
		};
	})();
	return library;
}

/** One path per role, with the role and the library as props: every per-role route uses it. */
export async function rolePaths() {
	const library = await getLibrary();
	return library.roles.map((role) => ({ params: { slug: role.id }, props: { role, library } }));
}
export type RoleProps = { role: RoleEntry; library: Library };

/**
 * For the routes of a role's downloads, API entry and OG card: a build writes those files while
 * rendering the role page (src/lib/role-outputs.ts), so the routes only serve the dev server.
 */
export const devOnlyRolePaths = async () => (import.meta.env.DEV ? rolePaths() : []);
