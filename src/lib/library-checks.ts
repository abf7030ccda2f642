import type { DepartmentData } from '../schemas/department';
import type { RoleData } from '../schemas/role';

/** One problem found across entries: which file, which field, and what to do about it. */
export interface LibraryProblem {
	file: string;
	field: string;
	message: string;
}

interface RoleLike {
	id: string;
	filePath?: string | undefined;
	data: Pick<RoleData, 'title' | 'department' | 'related' | 'careerPath'> & Partial<Pick<RoleData, 'reportsTo'>>;
}
interface DepartmentLike {
	id: string;
	data: Pick<DepartmentData, 'name'>;
}

const roleFile = (role: RoleLike) => role.filePath ?? `content/roles/${role.id}.mdx`;

/**
 * Checks the rules no single entry can check on its own: references resolve, titles and slugs
 * are unique, every department has at least one role. Pure, so unit tests can feed it fixtures.
 */
export function findLibraryProblems(roles: RoleLike[], departments: DepartmentLike[]): LibraryProblem[] {
	const problems: LibraryProblem[] = [];
	const roleIds = new Set(roles.map((role) => role.id));
	const departmentIds = new Set(departments.map((department) => department.id));
	const titles = new Map<string, RoleLike>();
	const slugs = new Map<string, RoleLike>();

	for (const role of roles) {
		const file = roleFile(role);
		const titleKey = role.data.title.toLocaleLowerCase('en');
		const sameTitle = titles.get(titleKey);
		if (sameTitle) {
			problems.push({
				file,
				field: 'title',
				message: `"${role.data.title}" is already the title of ${roleFile(sameTitle)}; titles must be unique, so rename one of them`,
			});
		} else titles.set(titleKey, role);

		const slugKey = role.id.toLowerCase();
		const sameSlug = slugs.get(slugKey);
		if (sameSlug) {
			problems.push({
				file,
				field: 'slug',
				message: `the file name clashes with ${roleFile(sameSlug)}; URLs are case-insensitive on many hosts, so rename one file`,
			});
		} else slugs.set(slugKey, role);

		if (!departmentIds.has(role.data.department)) {
			problems.push({
				file,
				field: 'department',
				message: `"${role.data.department}" is not a department; use one of: ${[...departmentIds].sort().join(', ')}`,
			});
		}
		const references: [string, string[]][] = [
			['related', role.data.related],
			['careerPath.previous', role.data.careerPath.previous],
			['careerPath.next', role.data.careerPath.next],
		];
		for (const [field, slugList] of references) {
			for (const slug of slugList) {
				if (slug === role.id) {
					problems.push({ file, field, message: `a role cannot point to itself ("${slug}"); remove it` });
				} else if (!roleIds.has(slug)) {
					problems.push({
						file,
						field,
						message: `"${slug}" is not a role; expected the file name (without .mdx) of a role in content/roles/`,
					});
				}
			}
		}
		// A slug-shaped value ("nurse-manager") is meant as a link, so it must name a role; a
		// title ("Director of Nursing") is shown as written.
		const manager = role.data.reportsTo;
		if (manager && /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(manager) && !roleIds.has(manager)) {
			problems.push({
				file,
				field: 'reportsTo',
				message: `"${manager}" is not a role; use the file name of a role in content/roles/, or write the manager's title in words (e.g. "Director of Nursing")`,
			});
		} else if (manager === role.id) {
			problems.push({ file, field: 'reportsTo', message: 'a role cannot report to itself; name its manager' });
		}
	}
	for (const department of departments) {
		if (!roles.some((role) => role.data.department === department.id)) {
			problems.push({
				file: `content/departments/${department.id}`,
				field: 'roles',
				message: `department "${department.data.name}" has no roles; add one or remove the department`,
			});
		}
	}
	return problems;
}

export function formatLibraryProblems(problems: LibraryProblem[]): string {
	return [
		`The content library has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
		...problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`),
	].join('\n');
}

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/**
 * The file name is the slug and the URL, so it must already be one: two files differing only in
 * case or spacing would otherwise collapse into one role and silently lose the other.
 */
export function fileNameProblems(fileNames: string[], folder = 'content/roles'): LibraryProblem[] {
	return fileNames
		.filter((name) => name.endsWith('.mdx') && !FILE_NAME.test(name))
		.map((name) => {
			const slug = name
				.replace(/\.mdx$/, '')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '');
			return {
				file: `${folder}/${name}`,
				field: 'file name',
				message: `the file name is the role's URL and must be lower case letters, digits and hyphens; rename it to ${slug}.mdx`,
			};
		});
}
