// cspell:ignore rockstar licen schedul
/**
 * The content lint: editorial checks on each role the schema cannot make (inclusive wording,
 * leftover TODOs, summaries that only repeat the title, answer guides that repeat the question,
 * {years} where no experience is needed), then the build's schema and reference checks and the
 * rules that span roles (src/lib/library-checks.ts), so one run reports everything.
 * Pure functions over file contents, so tests can feed them fixtures.
 */
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import { unified } from 'unified';
import { VFile } from 'vfile';
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

export type { Finding };

/**
 * Words that retext-equality does not cover but job adverts are known for. Sources:
 * masculine-coded words from Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in job
 * advertisements exists and sustains gender inequality"; age-coded wording from the US EEOC's
 * guidance on prohibited practices (job ads that discourage older applicants); and the common
 * "culture" clichés (rockstar, ninja, guru) flagged by inclusive-writing guides.
 */
export const JOB_AD_TERMS: { pattern: RegExp; advice: string }[] = [
	{
		pattern: /\brock ?stars?\b|\bninjas?\b|\bgurus?\b|\bwizards?\b|\bsuperstars?\b|\bunicorns?\b/i,
		advice: 'describe the skill instead of a cliché ("expert", "experienced")',
	},
	{
		pattern: /\bnative (english )?speakers?\b|\bnative english\b/i,
		advice: 'ask for the language level needed ("fluent in English")',
	},
	{
		pattern: /\b(young|youthful|digital natives?|recent graduates? only)\b/i,
		advice: 'age-coded: describe the work, not the age of the person',
	},
	{
		pattern: /\b(aggressive|dominant|dominate)\b/i,
		advice: 'masculine-coded: try "ambitious", "proactive" or "leading"',
	},
	// retext-equality catches "he/she" but not this spelling.
	{ pattern: /\bs\/he\b/i, advice: 'use "they"' },
];

/**
 * retext-equality messages that misfire on job descriptions, with the reason each is ignored.
 * (Each entry is a retext-equality rule id.)
 */
const EQUALITY_IGNORED = new Set<string>([
	// "Host" is the standard hospitality job title and verb, not a gendered term.
	'host-hostess',
	'hostesses-hosts',
	// Describes the work of care roles (e.g. "patients with special needs"), as health services do.
	'special',
	// "Master's degree" is the name of a qualification.
	'masters',
	// Carpenters and painters hang drywall, doors and wallpaper; the rule is about software.
	'hang',
	// "Janitor" is itself neutral and what people search for; only "janitress" is gendered.
	'janitor-janitress',
	// In job descriptions "BI" is business intelligence (Power BI, BI tools, BI analyst).
	'bi',
]);

/**
 * Established terms in which a word retext-equality flags means something else, e.g. a license
 * grade ("master electrician") or a field of care ("mental health"). A message is ignored when
 * its rule matches and the flagged word starts one of these phrases (or follows `before`).
 */
const EQUALITY_ALLOWED_PHRASES: { rule: string; phrase?: RegExp; before?: RegExp }[] = [
	// The Scrum Guide's name for the role; people search for it as written.
	{ rule: 'master', before: /\bscrum $/i },
	// License and certification grades in the trades (state licensing boards, ASE).
	{
		rule: 'master',
		phrase:
			/^master(?:-level)? (?:electrician|plumber|technician|automobile technician|esthetician|cosmetologist|barber|groomer|certification|licen[cs]e|grades?)/i,
	},
	// ADHD is the clinical name of a diagnosis, which is how psychologists and teachers write it.
	{ rule: 'add', phrase: /^ADHD\b/ },
	// Degrees are named "Master of Science", "Master of Business Administration" and so on.
	{ rule: 'master', phrase: /^master of (?:science|arts|business|public|social|education|fine|engineering|laws)/i },
	// Credentials: "Fellow of the Society of Actuaries" (FSA), and supervised training years such
	// as ASHA's Clinical Fellowship or a postgraduate fellowship, are the bodies' own names.
	{ rule: 'gal-guy', phrase: /^fellow of the /i },
	{
		rule: 'fellowship',
		before: /\b(?:clinical|postgraduate|post-graduate|residency|research|np|medical|surgical|fellowship) $/i,
	},
	{ rule: 'fellowship', phrase: /^fellowships? (?:program|year|training)/i },
	// The school's timetable of every class and room is called the master schedule.
	{ rule: 'master', phrase: /^master schedul(?:e|ing)/i },
	// Health services use "mental health" and "mental illness" as the neutral terms.
	{ rule: 'nuts', phrase: /^mental (?:health|illness|well-being|wellbeing)/i },
	// Cashiers and tutors work out sums in their heads.
	{ rule: 'nuts', phrase: /^mental (?:arithmetic|maths?)/i },
];

const allowedPhrase = (text: string, ruleId: string, offset: number | undefined) =>
	offset !== undefined &&
	EQUALITY_ALLOWED_PHRASES.some(
		({ rule, phrase, before }) =>
			rule === ruleId &&
			(!phrase || phrase.test(text.slice(offset))) &&
			(!before || before.test(text.slice(0, offset))),
	);

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

const equality = unified().use(retextEnglish).use(retextEquality);

function inclusiveLanguage(role: RoleFile): Finding[] {
	const findings: Finding[] = [];
	const texts = [
		...FIELD_TEXT.flatMap((field) => strings(role.data[field], field)),
		['body', role.body] as [string, string],
	];
	for (const [field, text] of texts) {
		for (const { pattern, advice } of JOB_AD_TERMS) {
			const found = text.match(pattern);
			if (found)
				findings.push({ file: role.path, field, rule: 'inclusive-language', message: `"${found[0]}": ${advice}` });
		}
		const file = new VFile(text);
		equality.runSync(equality.parse(file), file);
		const reported = new Set<string>();
		for (const message of file.messages) {
			// Pairs like "he or she" report once per word; one finding per rule and text is enough.
			if (EQUALITY_IGNORED.has(message.ruleId ?? '') || reported.has(message.ruleId ?? '')) continue;
			if (
				allowedPhrase(
					text,
					message.ruleId ?? '',
					message.place && 'start' in message.place ? message.place.start.offset : undefined,
				)
			)
				continue;
			reported.add(message.ruleId ?? '');
			findings.push({
				file: role.path,
				field,
				rule: 'inclusive-language',
				message: `${message.reason} (retext-equality: ${message.ruleId})`,
			});
		}
	}
	return findings;
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
			...inclusiveLanguage(role),
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
