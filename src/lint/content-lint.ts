// cspell:ignore rockstar licen schedul
/**
 * The content lint: editorial checks on each role the schema cannot make (inclusive wording,
 * leftover TODOs, summaries that only repeat the title, answer guides that repeat the question,
 * {years} where no experience is needed), then the build's schema and reference checks and the
 * rules that span roles (src/lib/library-checks.ts), so one run reports everything.
 * Pure functions over file contents, so tests can feed them fixtures.
 */
import { ContentFileError, parseRole, validateRole, type RoleFile, type RoleSource } from '../lib/content-files.ts';
import {
	comparable,
	findCodeProblems,
	findEditorialProblems,
	findLibraryProblems,
	type CheckedRole,
	type Finding,
	type KnownCodes,
} from '../lib/library-checks.ts';
import { LOOK_FOR_REPEAT_SHARE, SUMMARY_OWN_WORDS_MIN } from '../schemas/limits.ts';
import { inclusiveLanguage } from './inclusive-language.ts';

export type { Finding };

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

/** Every string in a field, with its path ("duties.3", "interviewQuestions.0.lookFor"). */
function strings(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}.${index}`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
	return [];
}

function inclusiveWording(role: RoleFile): Finding[] {
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
			return [{ file: role.path, field, rule: 'inclusive-language', message: finding.message }];
		});
	});
}

function todoMarkers(role: RoleFile): Finding[] {
	const lines = role.source.split('\n');
	return lines.flatMap((line, index) =>
		/\bTODO\b/.test(line)
			? [
					{
						file: role.path,
						field: `line ${index + 1}`,
						rule: 'todo',
						message: 'TODO marker left in the role: write the text',
					},
				]
			: [],
	);
}

const meaningfulWords = (text: string) =>
	comparable(text)
		.split(' ')
		.filter((word) => word.length > 2);

function summaryRepeatsTitle(role: RoleFile): Finding[] {
	const title = String(role.data['title'] ?? '');
	const summary = String(role.data['summary'] ?? '');
	const titleWords = new Set(meaningfulWords(title));
	const rest = meaningfulWords(summary).filter(
		(word) => !titleWords.has(word) && !['job', 'role', 'description', 'the', 'and', 'for'].includes(word),
	);
	return rest.length < SUMMARY_OWN_WORDS_MIN
		? [
				{
					file: role.path,
					field: 'summary',
					rule: 'summary',
					message: 'the summary only restates the title; say what the role does',
				},
			]
		: [];
}

/** Answer guides that mostly repeat their question (the schema refuses short ones). */
function answerGuides(role: RoleFile): Finding[] {
	const questions = Array.isArray(role.data['interviewQuestions']) ? role.data['interviewQuestions'] : [];
	return questions.flatMap((item: { question?: unknown; lookFor?: unknown }, index) => {
		const guideWords = meaningfulWords(typeof item?.lookFor === 'string' ? item.lookFor : '');
		if (guideWords.length === 0) return [];
		const questionWords = new Set(meaningfulWords(String(item?.question ?? '')));
		const repeated = guideWords.filter((word) => questionWords.has(word)).length / guideWords.length;
		return repeated > LOOK_FOR_REPEAT_SHARE
			? [
					{
						file: role.path,
						field: `interviewQuestions.${index}.lookFor`,
						rule: 'answer-guide',
						message: 'the answer guide mostly repeats the question; say what a strong answer shows',
					},
				]
			: [];
	});
}

/** "0+ years" reads as a mistake: a role that needs no experience does not mention years. */
function yearsWithoutExperience(role: RoleFile): Finding[] {
	if (role.data['experienceYears'] !== 0) return [];
	return strings(role.data, '')
		.filter(([, text]) => text.includes('{years}'))
		.map(([field]) => ({
			file: role.path,
			field: field.replace(/^\./, ''),
			rule: 'years',
			message: 'experienceYears is 0, so {years} would read "0+ years"; rewrite the sentence without it',
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
 * author sees every problem in one pass without building the site. Returns the roles that pass.
 */
function schemaAndReferences(
	roles: RoleFile[],
	departments: string[] | undefined,
	codes: KnownCodes | undefined,
): { findings: Finding[]; valid: CheckedRole[] } {
	const findings: Finding[] = [];
	const valid: CheckedRole[] = [];
	for (const role of roles) {
		const { data, issues } = validateRole(role);
		if (data) valid.push({ id: role.slug, filePath: role.path, data, body: role.body });
		for (const issue of issues) findings.push({ file: role.path, ...issue, rule: 'schema' });
	}
	if (departments && valid.length === roles.length) {
		const known = departments.map((id) => ({ id, data: { name: id } }));
		for (const problem of findLibraryProblems(valid, known)) findings.push({ ...problem, rule: 'references' });
	}
	if (codes) for (const problem of findCodeProblems(valid, codes)) findings.push({ ...problem, rule: 'codes' });
	return { findings, valid };
}

/**
 * Every rule over the given role files. The rules that span roles see only the roles the schema
 * accepts; `codes`, when given, checks each role's SOC and ISCO codes against the official lists.
 */
export function lintContent(files: RoleSource[], departments?: string[], codes?: KnownCodes): LintReport {
	const findings: Finding[] = [];
	const roles: RoleFile[] = [];
	for (const file of files) {
		try {
			roles.push(parseRole(file));
		} catch (error) {
			if (!(error instanceof ContentFileError)) throw error;
			findings.push({ file: error.file, field: error.field, rule: 'parse', message: error.reason });
		}
	}
	for (const role of roles)
		findings.push(
			...todoMarkers(role),
			...inclusiveWording(role),
			...summaryRepeatsTitle(role),
			...answerGuides(role),
			...yearsWithoutExperience(role),
		);
	const checked = schemaAndReferences(roles, departments, codes);
	const editorial = findEditorialProblems(checked.valid);
	return {
		findings: [...findings, ...checked.findings, ...editorial.findings],
		warnings: editorial.warnings,
		roles: roles.length,
		duplicateShare: editorial.duplicateShare,
	};
}
