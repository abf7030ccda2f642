// cspell:ignore rockstar licen schedul
/**
 * Editorial checks the schema cannot make: inclusive wording, leftover TODOs, duty lines copied
 * between roles, summaries that only repeat the title, thin answer guides, one-way career paths.
 * Pure functions over file contents, so tests can feed them fixtures.
 */
import type { z } from 'astro/zod';
import { load } from 'js-yaml';
import { findCodeProblems, findLibraryProblems, type KnownCodes } from '../lib/library-checks.ts';
import { roleSchema } from '../schemas/role.ts';
import { inclusiveLanguage } from './inclusive-language.ts';

export interface Finding {
	file: string;
	field: string;
	rule: string;
	message: string;
}

export interface RoleFile {
	path: string;
	source: string;
}

interface Role {
	file: string;
	slug: string;
	data: Record<string, unknown>;
	body: string;
}

const FIELD_TEXT = [
	'title',
	'summary',
	'duties',
	'requirements',
	'skills',
	'education',
	'interviewQuestions',
	'faqs',
	'reportsTo',
	'workEnvironment',
	'howToBecome',
] as const;

function parse(file: RoleFile): { role?: Role; finding?: Finding } {
	const match = file.source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
	if (!match)
		return {
			finding: { file: file.path, field: 'frontmatter', rule: 'parse', message: 'missing --- frontmatter block' },
		};
	try {
		const data = (load(match[1]!) ?? {}) as Record<string, unknown>;
		const slug = file.path
			.split('/')
			.pop()!
			.replace(/\.mdx$/, '');
		return { role: { file: file.path, slug, data, body: match[2]! } };
	} catch (error) {
		return {
			finding: {
				file: file.path,
				field: 'frontmatter',
				rule: 'parse',
				message: (error as Error).message.split('\n')[0]!,
			},
		};
	}
}

/** Every string in a field, with its path ("duties.3", "interviewQuestions.0.lookFor"). */
function strings(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}.${index}`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
	return [];
}

function inclusiveWording(role: Role): Finding[] {
	const texts = [
		...FIELD_TEXT.flatMap((field) => strings(role.data[field], field)),
		['body', role.body] as [string, string],
	];
	return texts.flatMap(([field, text]) => {
		// "he or she" reports once per word; one finding per rule and text is enough.
		const reported = new Set<string>();
		return inclusiveLanguage(text).flatMap((finding) => {
			const key = `${finding.source} ${finding.rule}`;
			if (reported.has(key)) return [];
			reported.add(key);
			return [{ file: role.file, field, rule: 'inclusive-language', message: finding.message }];
		});
	});
}

function todoMarkers(role: Role, source: string): Finding[] {
	const lines = source.split('\n');
	return lines.flatMap((line, index) =>
		/\bTODO\b/.test(line)
			? [
					{
						file: role.file,
						field: `line ${index + 1}`,
						rule: 'todo',
						message: 'TODO marker left in the role: write the text',
					},
				]
			: [],
	);
}

const normalize = (line: string) =>
	line
		.toLowerCase()
		.replace(/\{[a-z]+\}/g, '#')
		.replace(/[^a-z0-9#]+/g, ' ')
		.trim();
const meaningfulWords = (text: string) =>
	normalize(text)
		.split(' ')
		.filter((word) => word.length > 2);

function summaryRepeatsTitle(role: Role): Finding[] {
	const title = String(role.data['title'] ?? '');
	const summary = String(role.data['summary'] ?? '');
	const titleWords = new Set(meaningfulWords(title));
	const rest = meaningfulWords(summary).filter(
		(word) => !titleWords.has(word) && !['job', 'role', 'description', 'the', 'and', 'for'].includes(word),
	);
	return rest.length < 5
		? [
				{
					file: role.file,
					field: 'summary',
					rule: 'summary',
					message: 'the summary only restates the title; say what the role does',
				},
			]
		: [];
}

function answerGuides(role: Role): Finding[] {
	const questions = Array.isArray(role.data['interviewQuestions']) ? role.data['interviewQuestions'] : [];
	return questions.flatMap((item: { question?: unknown; lookFor?: unknown }, index) => {
		const field = `interviewQuestions.${index}.lookFor`;
		const lookFor = typeof item?.lookFor === 'string' ? item.lookFor : '';
		if (lookFor.length < 80) {
			return [
				{
					file: role.file,
					field,
					rule: 'answer-guide',
					message: `the answer guide is ${lookFor.length} characters; describe what a strong answer contains (80+)`,
				},
			];
		}
		const questionWords = new Set(meaningfulWords(String(item?.question ?? '')));
		const guideWords = meaningfulWords(lookFor);
		const repeated = guideWords.filter((word) => questionWords.has(word)).length / guideWords.length;
		return repeated > 0.6
			? [
					{
						file: role.file,
						field,
						rule: 'answer-guide',
						message: 'the answer guide mostly repeats the question; say what a strong answer shows',
					},
				]
			: [];
	});
}

/** Share of duty and requirement lines (across the library) allowed to appear in more than one role. */
export const DUPLICATE_SHARE_LIMIT = 0.02;

function duplicateLines(roles: Role[]): { findings: Finding[]; share: number } {
	const seen = new Map<string, { role: Role; field: string }[]>();
	let total = 0;
	for (const role of roles) {
		for (const field of ['duties', 'requirements'] as const) {
			const lines = Array.isArray(role.data[field]) ? (role.data[field] as unknown[]) : [];
			lines.forEach((line, index) => {
				total++;
				const key = normalize(String(line));
				seen.set(key, [...(seen.get(key) ?? []), { role, field: `${field}.${index}` }]);
			});
		}
	}
	const duplicated = [...seen.values()].filter((places) => new Set(places.map((p) => p.role.slug)).size > 1);
	const count = duplicated.reduce((sum, places) => sum + places.length, 0);
	const share = total === 0 ? 0 : count / total;
	const findings =
		share > DUPLICATE_SHARE_LIMIT
			? duplicated.flatMap((places) =>
					places.map(({ role, field }) => ({
						file: role.file,
						field,
						rule: 'duplicate-line',
						message: `also in ${places
							.filter((p) => p.role !== role)
							.map((p) => p.role.slug)
							.join(', ')}; write a duty specific to this role`,
					})),
				)
			: [];
	return { findings, share };
}

function careerPathLinksBack(roles: Role[]): Finding[] {
	const bySlug = new Map(roles.map((role) => [role.slug, role]));
	const path = (role: Role, key: 'previous' | 'next') => {
		const careerPath = role.data['careerPath'] as { previous?: string[]; next?: string[] } | undefined;
		return careerPath?.[key] ?? [];
	};
	const findings: Finding[] = [];
	for (const role of roles) {
		for (const [key, opposite] of [
			['next', 'previous'],
			['previous', 'next'],
		] as const) {
			for (const slug of path(role, key)) {
				const other = bySlug.get(slug);
				if (other && !path(other, opposite).includes(role.slug)) {
					findings.push({
						file: role.file,
						field: `careerPath.${key}`,
						rule: 'links-back',
						message: `${slug} does not list ${role.slug} in careerPath.${opposite}; add it there so the path reads both ways`,
					});
				}
			}
		}
		for (const slug of (role.data['related'] as string[] | undefined) ?? []) {
			const other = bySlug.get(slug);
			const otherLinks = [
				...((other?.data['related'] as string[] | undefined) ?? []),
				...(other ? [...path(other, 'previous'), ...path(other, 'next')] : []),
			];
			// Neighbors in one department should point at each other; across departments a one-way link is fine.
			if (other && other.data['department'] === role.data['department'] && !otherLinks.includes(role.slug)) {
				findings.push({
					file: other.file,
					field: 'related',
					rule: 'links-back',
					message: `${role.slug} lists ${slug} as related, but ${slug} does not link back; add ${role.slug} to its related roles or career path`,
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
function namesPointToOneRole(roles: Role[]): Finding[] {
	const findings: Finding[] = [];
	const key = (name: string) => name.trim().toLocaleLowerCase('en-US');
	const titles = new Map(roles.map((role) => [key(String(role.data['title'] ?? '')), role]));
	const alternates = new Map<string, Role>();
	const terms = new Map<string, Role>();
	const linked = (a: Role, b: Role) => {
		const links = (role: Role) => {
			const path = (role.data['careerPath'] ?? {}) as { previous?: string[]; next?: string[] };
			return [
				...((role.data['related'] as string[] | undefined) ?? []),
				...(path.previous ?? []),
				...(path.next ?? []),
			];
		};
		return links(a).includes(b.slug) || links(b).includes(a.slug);
	};
	for (const role of roles) {
		const list = (field: string) =>
			Array.isArray(role.data[field]) ? (role.data[field] as unknown[]).map(String) : [];
		list('alternateTitles').forEach((name, index) => {
			const field = `alternateTitles.${index}`;
			const titled = titles.get(key(name));
			const claimed = alternates.get(key(name));
			if (titled && titled !== role)
				findings.push({
					file: role.file,
					field,
					rule: 'one-role-per-name',
					message: `"${name}" is the title of ${titled.slug}; remove it here or link to that role instead`,
				});
			else if (claimed && claimed !== role)
				findings.push({
					file: role.file,
					field,
					rule: 'one-role-per-name',
					message: `"${name}" is also an alternate title of ${claimed.slug}; keep it on the one role it names`,
				});
			else alternates.set(key(name), role);
		});
		list('searchTerms').forEach((term, index) => {
			const field = `searchTerms.${index}`;
			const other = terms.get(key(term));
			if (titles.has(key(term)))
				findings.push({
					file: role.file,
					field,
					rule: 'one-role-per-name',
					message: `"${term}" is a role title; search finds titles already, so remove the term`,
				});
			else if (other && other !== role && !linked(role, other))
				findings.push({
					file: role.file,
					field,
					rule: 'one-role-per-name',
					message: `"${term}" is also a search term of ${other.slug}; keep it on one role, or link the two roles if it is meant for both`,
				});
			else terms.set(key(term), role);
		});
	}
	return findings;
}

/** "0+ years" reads as a mistake: a role that needs no experience does not mention years. */
function yearsWithoutExperience(role: Role): Finding[] {
	if (role.data['experienceYears'] !== 0) return [];
	return strings(role.data, '')
		.filter(([, text]) => text.includes('{years}'))
		.map(([field]) => ({
			file: role.file,
			field: field.replace(/^\./, ''),
			rule: 'years',
			message: 'experienceYears is 0, so {years} would read "0+ years"; rewrite the sentence without it',
		}));
}

/** Share of overviews allowed to open with the same three words before the lint warns. */
export const SHARED_OPENING_LIMIT = 0.25;

/** Warns (without failing) when too many overviews open the same way ("A nurse …", "An analyst …"). */
function sameOpenings(roles: Role[]): Finding[] {
	const openings = new Map<string, Role[]>();
	for (const role of roles) {
		const words = role.body.replace(/^\s+/, '').split(/\s+/).slice(0, 3).join(' ').toLowerCase();
		// The title varies, so "A nurse cares" and "An analyst studies" share the shape "a/an <title>".
		const title = String(role.data['title'] ?? '').toLowerCase();
		const shape = words.replace(/^(an?|the) /, 'a ').startsWith(`a ${title.split(' ')[0]}`) ? 'a/an <title> …' : words;
		openings.set(shape, [...(openings.get(shape) ?? []), role]);
	}
	return [...openings]
		.filter(([, group]) => group.length > roles.length * SHARED_OPENING_LIMIT)
		.map(([opening, group]) => ({
			file: `${group.length} roles`,
			field: 'body',
			rule: 'same-opening',
			message: `${group.length} of ${roles.length} overviews open "${opening}" (limit ${SHARED_OPENING_LIMIT * 100}%); open with what matters in each job, e.g. ${group
				.slice(0, 3)
				.map((role) => role.slug)
				.join(', ')}`,
		}));
}

export interface LintReport {
	/** Warnings are printed but do not fail the lint. */
	warnings: Finding[];
	findings: Finding[];
	roles: number;
	duplicateShare: number;
}

/**
 * The build's own checks (the zod schema and the cross-entry references), run here too so an
 * author sees every problem in one pass without building the site.
 */
function schemaAndReferences(
	roles: Role[],
	departments: string[] | undefined,
	codes: KnownCodes | undefined,
): Finding[] {
	const findings: Finding[] = [];
	const valid: { id: string; filePath: string; data: z.output<typeof roleSchema> }[] = [];
	for (const role of roles) {
		const result = roleSchema.safeParse(role.data);
		if (result.success) valid.push({ id: role.slug, filePath: role.file, data: result.data });
		else
			for (const issue of result.error.issues)
				findings.push({
					file: role.file,
					field: issue.path.join('.') || 'frontmatter',
					rule: 'schema',
					message: issue.message,
				});
	}
	if (departments && valid.length === roles.length) {
		const known = departments.map((id) => ({ id, data: { name: id } }));
		for (const problem of findLibraryProblems(valid, known))
			findings.push({ file: problem.file, field: problem.field, rule: 'references', message: problem.message });
	}
	if (codes)
		for (const problem of findCodeProblems(valid, codes))
			findings.push({ file: problem.file, field: problem.field, rule: 'codes', message: problem.message });
	return findings;
}

/** `codes`, when given, checks each role's SOC and ISCO codes against the official lists. */
export function lintContent(files: RoleFile[], departments?: string[], codes?: KnownCodes): LintReport {
	const findings: Finding[] = [];
	const roles: Role[] = [];
	for (const file of files) {
		const { role, finding } = parse(file);
		if (finding) findings.push(finding);
		if (!role) continue;
		roles.push(role);
		findings.push(
			...todoMarkers(role, file.source),
			...inclusiveWording(role),
			...summaryRepeatsTitle(role),
			...answerGuides(role),
			...yearsWithoutExperience(role),
		);
	}
	findings.push(...schemaAndReferences(roles, departments, codes));
	const duplicates = duplicateLines(roles);
	findings.push(...duplicates.findings, ...careerPathLinksBack(roles), ...namesPointToOneRole(roles));
	return { findings, warnings: sameOpenings(roles), roles: roles.length, duplicateShare: duplicates.share };
}
