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

/** The codes the official data knows, for checking roles' `codes` (built by knownCodes()). */
export interface KnownCodes {
	/** Detailed SOC 2018 occupations in BLS OEWS or O*NET, with their titles. */
	soc: ReadonlyMap<string, string>;
	/** SOC groups above the detailed level (major, minor, broad), with their titles. */
	socGroups: ReadonlyMap<string, string>;
	/** ISCO-08 groups in ESCO's list (1 to 4 digits), with their labels. */
	isco: ReadonlyMap<string, string>;
	/** What the lists are, for messages: "BLS OEWS May 2024 or O*NET 28.2 (February 2024)". */
	socSource: string;
	iscoSource: string;
}

interface CodedRole {
	id: string;
	filePath?: string | undefined;
	data: Pick<RoleData, 'codes'>;
}

/** Detailed codes under a SOC group: 15-1250 → 15-125x, 15-1200 → 15-12xx, 15-0000 → 15-xxxx. */
function detailedUnder(group: string, known: KnownCodes): string[] {
	const prefix = group.replace(/0+$/, '');
	return [...known.soc].filter(([code]) => code.startsWith(prefix)).map(([code, title]) => `${code} ${title}`);
}

/**
 * `codes.soc` must be a detailed SOC 2018 occupation and `codes.isco` an ISCO-08 unit group, both
 * present in the official lists, so the pay figures and the JSON-LD categories are the right ones.
 */
export function findCodeProblems(roles: CodedRole[], known: KnownCodes): LibraryProblem[] {
	const problems: LibraryProblem[] = [];
	for (const role of roles) {
		const file = role.filePath ?? `content/roles/${role.id}.mdx`;
		const { soc, isco } = role.data.codes ?? {};
		if (soc !== undefined && !known.soc.has(soc)) {
			const group = known.socGroups.get(soc);
			const choices = group ? detailedUnder(soc, known) : [];
			problems.push({
				file,
				field: 'codes.soc',
				message: group
					? `"${soc}" is the SOC group "${group}", not a detailed occupation; use the detailed code that fits the role${
							choices.length > 0 ? `: ${choices.slice(0, 8).join('; ')}` : ''
						}`
					: `"${soc}" is not a detailed SOC 2018 occupation in ${known.socSource}; find the role's code at https://www.bls.gov/soc/2018/ or remove codes.soc (npm run data:check suggests codes)`,
			});
		}
		if (isco !== undefined && !(known.isco.has(isco) && isco.length === 4)) {
			problems.push({
				file,
				field: 'codes.isco',
				message: `"${isco}" is not an ISCO-08 unit group in ${known.iscoSource}; use a four-digit unit group (https://esco.ec.europa.eu/en/classification/occupation_main) or remove codes.isco`,
			});
		}
	}
	return problems;
}
