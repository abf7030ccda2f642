import type { DepartmentData } from '../schemas/department';
import { DUPLICATE_SHARE_LIMIT, percent, SHARED_OPENING_LIMIT } from '../schemas/limits.ts';
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
	data: Pick<RoleData, 'title' | 'department' | 'related' | 'careerPath'> & { reportsTo?: string | undefined };
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

/** A problem with the rule that found it, as the content lint reports it. */
export interface Finding extends LibraryProblem {
	rule: string;
}

/** A role that passed the schema, with its file and overview: what the editorial rules read. */
export interface CheckedRole {
	id: string;
	filePath: string;
	data: RoleData;
	body: string;
}

/** The form two lines are compared in: lower case, placeholders as "#", punctuation as spaces. */
export const comparable = (line: string) =>
	line
		.toLowerCase()
		.replace(/\{[a-z]+\}/g, '#')
		.replace(/[^a-z0-9#]+/g, ' ')
		.trim();

/** Duty and requirement lines found in more than one role, once they pass DUPLICATE_SHARE_LIMIT. */
function duplicateLines(roles: CheckedRole[]): { findings: Finding[]; share: number } {
	const seen = new Map<string, { role: CheckedRole; field: string }[]>();
	let total = 0;
	for (const role of roles) {
		for (const field of ['duties', 'requirements'] as const) {
			role.data[field].forEach((line, index) => {
				total++;
				const key = comparable(line);
				seen.set(key, [...(seen.get(key) ?? []), { role, field: `${field}.${index}` }]);
			});
		}
	}
	const duplicated = [...seen.values()].filter((places) => new Set(places.map((p) => p.role.id)).size > 1);
	const count = duplicated.reduce((sum, places) => sum + places.length, 0);
	const share = total === 0 ? 0 : count / total;
	const findings =
		share > DUPLICATE_SHARE_LIMIT
			? duplicated.flatMap((places) =>
					places.map(({ role, field }) => ({
						file: role.filePath,
						field,
						rule: 'duplicate-line',
						message: `also in ${places
							.filter((p) => p.role !== role)
							.map((p) => p.role.id)
							.join(', ')}; write a duty specific to this role`,
					})),
				)
			: [];
	return { findings, share };
}

/** Every role a role points to: related roles and both ends of its career path. */
const linksOf = (role: CheckedRole) => [
	...role.data.related,
	...role.data.careerPath.previous,
	...role.data.careerPath.next,
];

/** Career paths read both ways; neighbors in one department point at each other. */
function linksBack(roles: CheckedRole[]): Finding[] {
	const byId = new Map(roles.map((role) => [role.id, role]));
	const findings: Finding[] = [];
	for (const role of roles) {
		for (const [key, opposite] of [
			['next', 'previous'],
			['previous', 'next'],
		] as const) {
			for (const id of role.data.careerPath[key]) {
				const other = byId.get(id);
				if (other && !other.data.careerPath[opposite].includes(role.id)) {
					findings.push({
						file: role.filePath,
						field: `careerPath.${key}`,
						rule: 'links-back',
						message: `${id} does not list ${role.id} in careerPath.${opposite}; add it there so the path reads both ways`,
					});
				}
			}
		}
		for (const id of role.data.related) {
			const other = byId.get(id);
			// Across departments a one-way link is fine.
			if (other && other.data.department === role.data.department && !linksOf(other).includes(role.id)) {
				findings.push({
					file: other.filePath,
					field: 'related',
					rule: 'links-back',
					message: `${role.id} lists ${id} as related, but ${id} does not link back; add ${role.id} to its related roles or career path`,
				});
			}
		}
	}
	return findings;
}

/**
 * Titles people know a role by must lead to one role: an alternate title may not be another
 * role's title or alternate title, and a search term (credential, acronym) shared by two roles
 * must be meant for both, shown by the two roles linking to each other.
 */
function namesPointToOneRole(roles: CheckedRole[]): Finding[] {
	const findings: Finding[] = [];
	const key = (name: string) => name.trim().toLocaleLowerCase('en-US');
	const titles = new Map(roles.map((role) => [key(role.data.title), role]));
	const alternates = new Map<string, CheckedRole>();
	const terms = new Map<string, CheckedRole>();
	const linked = (a: CheckedRole, b: CheckedRole) => linksOf(a).includes(b.id) || linksOf(b).includes(a.id);
	for (const role of roles) {
		const finding = (field: string, message: string) =>
			findings.push({ file: role.filePath, field, rule: 'one-role-per-name', message });
		role.data.alternateTitles.forEach((name, index) => {
			const titled = titles.get(key(name));
			const claimed = alternates.get(key(name));
			if (titled && titled !== role)
				finding(
					`alternateTitles.${index}`,
					`"${name}" is the title of ${titled.id}; remove it here or link to that role instead`,
				);
			else if (claimed && claimed !== role)
				finding(
					`alternateTitles.${index}`,
					`"${name}" is also an alternate title of ${claimed.id}; keep it on the one role it names`,
				);
			else alternates.set(key(name), role);
		});
		role.data.searchTerms.forEach((term, index) => {
			const other = terms.get(key(term));
			if (titles.has(key(term)))
				finding(`searchTerms.${index}`, `"${term}" is a role title; search finds titles already, so remove the term`);
			else if (other && other !== role && !linked(role, other))
				finding(
					`searchTerms.${index}`,
					`"${term}" is also a search term of ${other.id}; keep it on one role, or link the two roles if it is meant for both`,
				);
			else terms.set(key(term), role);
		});
	}
	return findings;
}

/** Too many overviews opening the same way ("A nurse …", "An analyst …"): a warning, not a failure. */
function sameOpenings(roles: CheckedRole[]): Finding[] {
	const openings = new Map<string, CheckedRole[]>();
	for (const role of roles) {
		const words = role.body.replace(/^\s+/, '').split(/\s+/).slice(0, 3).join(' ').toLowerCase();
		// The title varies, so "A nurse cares" and "An analyst studies" share the shape "a/an <title>".
		const title = role.data.title.toLowerCase();
		const shape = words.replace(/^(an?|the) /, 'a ').startsWith(`a ${title.split(' ')[0]}`) ? 'a/an <title> …' : words;
		openings.set(shape, [...(openings.get(shape) ?? []), role]);
	}
	return [...openings]
		.filter(([, group]) => group.length > roles.length * SHARED_OPENING_LIMIT)
		.map(([opening, group]) => ({
			file: `${group.length} roles`,
			field: 'body',
			rule: 'same-opening',
			message: `${group.length} of ${roles.length} overviews open "${opening}" (limit ${percent(SHARED_OPENING_LIMIT)}); open with what matters in each job, e.g. ${group
				.slice(0, 3)
				.map((role) => role.id)
				.join(', ')}`,
		}));
}

/**
 * The editorial rules that span roles (thresholds in src/schemas/limits.ts): repeated duty lines,
 * links that do not read both ways, names that lead to two roles, and (as warnings) overviews
 * that open alike. The content lint runs them; the build does not.
 */
export function findEditorialProblems(roles: CheckedRole[]): {
	findings: Finding[];
	warnings: Finding[];
	duplicateShare: number;
} {
	const duplicates = duplicateLines(roles);
	return {
		findings: [...duplicates.findings, ...linksBack(roles), ...namesPointToOneRole(roles)],
		warnings: sameOpenings(roles),
		duplicateShare: duplicates.share,
	};
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
