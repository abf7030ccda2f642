/**
 * The inclusive-language rules: retext-equality, the job-ad word list it lacks, and the
 * established terms it misreads. One module, read by the content lint (`npm run lint:content`)
 * and by the job-ad checker in the browser (/check/), so both find exactly the same things.
 * It imports nothing from Node or the build.
 */
// cspell:ignore licen schedul
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import { unified } from 'unified';
import { VFile } from 'vfile';

/**
 * Words that retext-equality does not cover but job adverts are known for. Sources:
 * masculine-coded words from Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in job
 * advertisements exists and sustains gender inequality"; age-coded wording from the US EEOC's
 * guidance on prohibited practices (job ads that discourage older applicants); and the common
 * "culture" clichés (rockstar, ninja, guru) flagged by inclusive-writing guides.
 */
export const JOB_AD_TERMS: { id: string; pattern: RegExp; why: string; advice: string }[] = [
	{
		id: 'culture-cliche',
		pattern: /\brock ?stars?\b|\bninjas?\b|\bgurus?\b|\bwizards?\b|\bsuperstars?\b|\bunicorns?\b/i,
		why: 'Culture clichés say nothing about the work and read as a club some people are not in.',
		advice: 'describe the skill instead of a cliché ("expert", "experienced")',
	},
	{
		id: 'native-speaker',
		pattern: /\bnative (english )?speakers?\b|\bnative english\b/i,
		why: 'Asking for a native speaker screens out by national origin, not by how well someone speaks.',
		advice: 'ask for the language level needed ("fluent in English")',
	},
	{
		id: 'age-coded',
		pattern: /\b(young|youthful|digital natives?|recent graduates? only)\b/i,
		why: 'The US EEOC names job ads that discourage older applicants as age discrimination.',
		advice: 'age-coded: describe the work, not the age of the person',
	},
	{
		id: 'masculine-coded',
		pattern: /\b(aggressive|dominant|dominate)\b/i,
		why: 'Masculine-coded wording makes women less likely to apply (Gaucher, Friesen & Kay, 2011).',
		advice: 'masculine-coded: try "ambitious", "proactive" or "leading"',
	},
	// retext-equality catches "he/she" but not this spelling.
	{ id: 's-he', pattern: /\bs\/he\b/i, why: 'A pronoun for two genders leaves others out.', advice: 'use "they"' },
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

const allowedPhrase = (text: string, ruleId: string, offset: number) =>
	EQUALITY_ALLOWED_PHRASES.some(
		({ rule, phrase, before }) =>
			rule === ruleId &&
			(!phrase || phrase.test(text.slice(offset))) &&
			(!before || before.test(text.slice(0, offset))),
	);

/** One place in a text that the rules flag. */
export interface LanguageFinding {
	/** Offsets into the text: the flagged phrase is text.slice(start, end). */
	start: number;
	end: number;
	phrase: string;
	/** "retext-equality" or "job-ad terms", with the rule's id. */
	source: 'retext-equality' | 'job-ad terms';
	rule: string;
	/** Why the phrase can put people off. */
	why: string;
	/** What to write instead. */
	suggestion: string;
	/** One line, as the content lint prints it. */
	message: string;
}

const equality = unified().use(retextEnglish).use(retextEquality);

/** Gendered words, for a reason when retext-equality's rule has no note of its own. */
const GENDERED =
	/(?:wo)?m[ae]n\b|\b(?:he|she|his|hers?|him|boys?|girls?|guys?|gals?|lad(?:y|ies)|brothers?|sisters?)\b|ess(?:es)?$/i;

/** Every phrase in `text` the rules flag, in text order. */
export function inclusiveLanguage(text: string): LanguageFinding[] {
	const findings: LanguageFinding[] = [];
	for (const { id, pattern, why, advice } of JOB_AD_TERMS) {
		for (const found of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
			findings.push({
				start: found.index,
				end: found.index + found[0].length,
				phrase: found[0],
				source: 'job-ad terms',
				rule: id,
				why,
				suggestion: advice,
				message: `"${found[0]}": ${advice}`,
			});
		}
	}
	const file = new VFile(text);
	equality.runSync(equality.parse(file), file);
	for (const message of file.messages) {
		const rule = message.ruleId ?? '';
		const place = message.place && 'start' in message.place ? message.place : undefined;
		if (!place || place.start.offset === undefined || place.end.offset === undefined) continue;
		if (EQUALITY_IGNORED.has(rule) || allowedPhrase(text, rule, place.start.offset)) continue;
		const phrase = text.slice(place.start.offset, place.end.offset);
		const expected = message.expected ?? [];
		findings.push({
			start: place.start.offset,
			end: place.end.offset,
			phrase,
			source: 'retext-equality',
			rule,
			why:
				message.note?.replace(/\s*\(source: [^)]*\)$/, '') ??
				(GENDERED.test(phrase)
					? 'Gendered wording suggests the job is meant for one gender.'
					: 'This wording can exclude or offend some readers.'),
			suggestion: expected.length > 0 ? `try ${expected.map((word) => `"${word}"`).join(', ')}` : 'reword it',
			message: `${message.reason} (retext-equality: ${rule})`,
		});
	}
	return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
