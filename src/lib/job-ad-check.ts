/**
 * The job-ad checker's findings other than inclusive language (src/lint/inclusive-language.ts,
 * loaded separately because it is heavier): gender-coded wording, requirements, length and
 * readability, and pay. Pure functions over the ad's text, run in the visitor's browser on
 * /check/ and in Vitest; nothing here reads the network or the file system.
 */
import { automatedReadability } from 'automated-readability';

/** A source the page cites for a piece of guidance. */
export interface Source {
	text: string;
	url: string;
}

export const SOURCES = {
	gaucher: {
		text: 'Gaucher, Friesen & Kay (2011), “Evidence that gendered wording in job advertisements exists and sustains gender inequality”, Journal of Personality and Social Psychology 101(1)',
		url: 'https://doi.org/10.1037/a0022530',
	},
	linkedIn: {
		text: 'LinkedIn Talent Solutions, “7 job post tips”: posts under 150 words drew applications 17.8% more often than posts of 450–600 words',
		url: 'https://business.linkedin.com/talent-solutions/recruiting-tips/7-job-post-tips',
	},
	govUk: {
		text: 'GOV.UK, “Writing for GOV.UK”: keep sentences to 25 words or fewer',
		url: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
	},
	readingSpeed: {
		text: 'Brysbaert (2019), “How many words do we read per minute?”: adults read non-fiction silently at about 238 words a minute',
		url: 'https://doi.org/10.1016/j.jml.2019.104047',
	},
	hbr: {
		text: 'Mohr (2014), “Why Women Don’t Apply for Jobs Unless They’re 100% Qualified”, Harvard Business Review',
		url: 'https://hbr.org/2014/08/why-women-dont-apply-for-jobs-unless-theyre-100-qualified',
	},
	nycPay: {
		text: 'NYC Commission on Human Rights, salary transparency: the range the employer in good faith believes it will pay',
		url: 'https://www.nyc.gov/site/cchr/media/salary-transparency.page',
	},
} satisfies Record<string, Source>;

/* ───────────────────────── Gender-coded wording ───────────────────────── */

/**
 * The word stems of Gaucher, Friesen & Kay (2011), appendix A: a trailing "*" matches any ending.
 * The lists are the study's, unchanged, so they misfire ("child*" in "childcare"); the page says so.
 */
// cspell:disable -- the study's word stems, cut where the endings vary
// prettier-ignore
export const MASCULINE_CODED = [
	'active', 'adventurous', 'aggress*', 'ambitio*', 'analy*', 'assert*', 'athlet*', 'autonom*', 'boast*',
	'challeng*', 'compet*', 'confident', 'courag*', 'decide', 'decisive', 'decision*', 'determin*', 'dominant',
	'domina*', 'force*', 'greedy', 'headstrong', 'hierarch*', 'hostil*', 'impulsive', 'independen*', 'individual*',
	'intellect*', 'lead*', 'logic', 'masculine', 'objective', 'opinion', 'outspoken', 'persist', 'principle*',
	'reckless', 'stubborn', 'superior', 'self-confiden*', 'self-relian*', 'self-sufficien*',
];

// prettier-ignore
export const FEMININE_CODED = [
	'affectionate', 'child*', 'cheer*', 'commit*', 'communal', 'compassion*', 'connect*', 'considerate', 'cooperat*',
	'depend*', 'emotiona*', 'empath*', 'feminine', 'flatterable', 'gentle', 'honest', 'interpersonal',
	'interdependen*', 'interpersona*', 'kind', 'kinship', 'loyal*', 'modesty', 'nag', 'nurtur*', 'pleasant*',
	'polite', 'quiet*', 'respon*', 'sensitiv*', 'submissive', 'support*', 'sympath*', 'tender*', 'together*',
	'trust*', 'understand*', 'warm*', 'whin*', 'yield*',
];
// cspell:enable

const stemPattern = (stems: string[]) =>
	new RegExp(`^(?:${stems.map((stem) => (stem.endsWith('*') ? `${stem.slice(0, -1)}[a-z-]*` : stem)).join('|')})$`);
const MASCULINE = stemPattern(MASCULINE_CODED);
const FEMININE = stemPattern(FEMININE_CODED);

export interface GenderCoding {
	/** Each coded word found, lower case, with how often it occurs. */
	masculine: { word: string; count: number }[];
	feminine: { word: string; count: number }[];
	/** Which way the ad leans: a prompt to look again, never an error. */
	balance: 'masculine' | 'feminine' | 'neutral';
}

/** Words of `text` (letters, digits, inner hyphens and apostrophes), lower case. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];

export function genderCoding(text: string): GenderCoding {
	const tally = (pattern: RegExp) => {
		const counts = new Map<string, number>();
		for (const word of wordsOf(text)) if (pattern.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
		return [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => a.word.localeCompare(b.word, 'en'));
	};
	const masculine = tally(MASCULINE);
	const feminine = tally(FEMININE);
	const total = (list: { count: number }[]) => list.reduce((sum, { count }) => sum + count, 0);
	const difference = total(masculine) - total(feminine);
	return { masculine, feminine, balance: difference > 0 ? 'masculine' : difference < 0 ? 'feminine' : 'neutral' };
}

/* ───────────────────────── Requirements ───────────────────────── */

/** Requirements beyond this many put off people who meet most but not all of them. */
export const MAX_MUST_HAVES = 10;
/** More years than this does not fit a job advertised as entry level. */
export const ENTRY_LEVEL_MAX_YEARS = 2;

const BULLET = /^\s*(?:[-*•·▪◦‣–]|\d{1,2}[.)])\s+/;
const REQUIREMENT_HEADING =
	/\b(?:requirements?|qualifications?|must[- ]haves?|what you(?:['’]ll)? (?:need|bring)|you (?:have|bring|will need)|about you|who you are|skills)\b/i;
const OPTIONAL_HEADING = /\b(?:nice|good|great) to have|\bpreferred\b|\bbonus\b|\bdesirable\b|\bplus(?:es)?\b/i;

/** A line that reads as a heading: short, not a bullet, and either marked up or without a full stop. */
function isHeading(line: string): boolean {
	const text = line.trim();
	if (!text || BULLET.test(line) || text.length > 70) return false;
	return /^#{1,6}\s/.test(text) || text.endsWith(':') || (!/[.!?;,]$/.test(text) && text.split(/\s+/).length <= 7);
}

/** The bullet lines listed under requirement-like headings (not "nice to have"). */
export function mustHaves(text: string): string[] {
	const lines = text.split(/\r?\n/);
	const found: string[] = [];
	let inRequirements = false;
	for (const line of lines) {
		if (isHeading(line)) {
			inRequirements = REQUIREMENT_HEADING.test(line) && !OPTIONAL_HEADING.test(line);
			continue;
		}
		if (inRequirements && BULLET.test(line)) found.push(line.replace(BULLET, '').trim());
	}
	return found;
}

export type Level = 'entry' | 'mid' | 'senior' | 'manager' | 'executive';

const ENTRY_WORDS =
	/\b(?:entry[- ]level|junior|trainee|apprentice(?:ship)?|graduate (?:role|job|position|program|scheme)|no experience (?:needed|required|necessary))\b/i;

/** The level the ad names itself, when it says "entry level", "junior" and the like. */
export const namedLevel = (text: string): Level | undefined => (ENTRY_WORDS.test(text) ? 'entry' : undefined);

/** "5+ years", "3-5 years", "two years": the fewest years of experience each mention asks for. */
export function yearsAsked(text: string): { years: number; phrase: string }[] {
	const numbers: Record<string, number> = {
		one: 1,
		two: 2,
		three: 3,
		four: 4,
		five: 5,
		six: 6,
		seven: 7,
		eight: 8,
		nine: 9,
		ten: 10,
	};
	const pattern =
		/\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*years?\b(?:['’])?(?:\s+of)?(?:\s+[\w-]+){0,3}?\s+experience/gi;
	return [...text.matchAll(pattern)].map((match) => ({
		years: numbers[match[1]!.toLowerCase()] ?? Number(match[1]),
		phrase: match[0],
	}));
}

const DEGREE =
	/\b(?:bachelor(?:['’]?s)?|master(?:['’]?s)?|associate(?:['’]?s)?|college|university|undergraduate|four-year)\s+degree\b|\bdegree\s+(?:in|required)\b|\b(?:BA|BS|BSc|B\.A\.|B\.S\.)\b/;

/** BLS "typical education needed for entry" values below a degree. */
const NO_DEGREE_EDUCATION =
	/^(?:No formal educational credential|High school diploma or equivalent|Postsecondary nondegree award|Some college, no degree)$/;

/** What the checker needs from the Rolebook role an ad started from (its JSON API entry). */
export interface RoleContext {
	title: string;
	level: Level;
	education: string;
	experienceYears: number;
	payAndOutlook?: {
		entry: { education: string; citation: { text: string; url: string } } | null;
	} | null;
}

export interface Finding {
	kind: 'requirements' | 'pay';
	/** One sentence: what was found. */
	message: string;
	/** Why it matters and what to do. */
	advice: string;
	source?: Source;
}

export function requirementFindings(text: string, role?: RoleContext): Finding[] {
	const findings: Finding[] = [];
	const required = mustHaves(text);
	if (required.length > MAX_MUST_HAVES)
		findings.push({
			kind: 'requirements',
			message: `${required.length} must-have requirements (more than ${MAX_MUST_HAVES}).`,
			advice:
				'Keep the ones you will really assess and move the rest to “nice to have”: people who meet most but not all of a long list, women especially, often do not apply.',
			source: SOURCES.hbr,
		});
	const level = namedLevel(text) ?? (role?.level === 'entry' ? 'entry' : undefined);
	if (level === 'entry') {
		const tooMany = yearsAsked(text).filter(({ years }) => years > ENTRY_LEVEL_MAX_YEARS);
		for (const { years, phrase } of tooMany)
			findings.push({
				kind: 'requirements',
				message: `“${phrase}” in an entry-level job.`,
				advice: `Entry-level jobs are for people starting out: ask for ${ENTRY_LEVEL_MAX_YEARS} years or fewer, or call the job ${years >= 5 ? 'senior' : 'mid-level'}.`,
			});
	}
	const degree = text.match(DEGREE);
	const typical = role?.payAndOutlook?.entry;
	if (role && degree && typical && NO_DEGREE_EDUCATION.test(typical.education))
		findings.push({
			kind: 'requirements',
			message: `The ad asks for a degree (“${degree[0]}”), but ${role.title} jobs typically need: ${typical.education.toLocaleLowerCase('en-US')}.`,
			advice:
				'A degree requirement the job rarely needs narrows the field without predicting performance; ask for the skills instead, or say “or equivalent experience”.',
			source: typical.citation,
		});
	else if (role && degree && /no (?:formal )?degree/i.test(role.education))
		findings.push({
			kind: 'requirements',
			message: `The ad asks for a degree (“${degree[0]}”), but Rolebook’s ${role.title} role needs none: “${role.education}”`,
			advice: 'Ask for the skills the job needs, or say “or equivalent experience”.',
		});
	return findings;
}

/* ───────────────────────── Length and readability ───────────────────────── */

/** Guidance the page shows beside the figures, with its source. */
export const LENGTH_GUIDANCE = { shortWords: 150, longWords: 600, sentenceWords: 25, wordsPerMinute: 238 };

export interface Readability {
	words: number;
	sentences: number;
	/** Minutes at LENGTH_GUIDANCE.wordsPerMinute, at least 1 for any text. */
	readingMinutes: number;
	averageSentence: number;
	/** Sentences longer than LENGTH_GUIDANCE.sentenceWords. */
	longSentences: number;
	/**
	 * US school grade a reader needs: the Automated Readability Index (Senter & Smith, 1967), from
	 * characters per word and words per sentence (the automated-readability package).
	 */
	grade: number;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function readability(text: string): Readability {
	let words = 0;
	let sentences = 0;
	let characters = 0;
	let longSentences = 0;
	// A line break ends a sentence too: list items and headings seldom end in a full stop.
	for (const line of text.split(/\n+/)) {
		for (const { segment } of sentenceSegmenter.segment(line)) {
			const inSentence = wordsOf(segment).filter((word) => /\p{L}/u.test(word));
			if (inSentence.length === 0) continue;
			sentences++;
			words += inSentence.length;
			if (inSentence.length > LENGTH_GUIDANCE.sentenceWords) longSentences++;
			for (const word of inSentence) characters += word.replace(/['’-]/g, '').length;
		}
	}
	return {
		words,
		sentences,
		readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / LENGTH_GUIDANCE.wordsPerMinute)),
		averageSentence: sentences === 0 ? 0 : Math.round((words / sentences) * 10) / 10,
		longSentences,
		grade:
			words === 0
				? 0
				: Math.round(automatedReadability({ sentence: sentences, word: words, character: characters }) * 10) / 10,
	};
}

/* ───────────────────────── Pay ───────────────────────── */

export interface PayStated {
	/** missing: no amount; open-ended: "$50k+", "up to $80,000"; range: a minimum and a maximum. */
	kind: 'missing' | 'single' | 'open-ended' | 'range';
	phrase?: string;
	min?: number;
	max?: number;
	/** A range whose top is more than WIDE_RANGE_RATIO times its bottom. */
	wide?: boolean;
}

/** A range whose maximum is more than this times its minimum tells applicants little. */
export const WIDE_RANGE_RATIO = 1.6;

const AMOUNT = String.raw`(?:[$£€]\s?|\b(?:USD|EUR|GBP|CAD|AUD)\s?)(\d[\d,]*(?:\.\d+)?)\s?([kK]\b)?`;
const amount = (digits: string, thousands?: string) => Number(digits.replace(/,/g, '')) * (thousands ? 1000 : 1);

export function payStated(text: string): PayStated {
	const range = new RegExp(
		`${AMOUNT}\\s*(?:-|–|—|to|and)\\s*(?:[$£€]\\s?)?(\\d[\\d,]*(?:\\.\\d+)?)\\s?([kK]\\b)?`,
	).exec(text);
	if (range) {
		const min = amount(range[1]!, range[2] ?? range[4]);
		const max = amount(range[3]!, range[4]);
		if (max > min) return { kind: 'range', phrase: range[0].trim(), min, max, wide: max > min * WIDE_RANGE_RATIO };
	}
	const open = new RegExp(
		`(?:\\b(?:up to|from|starting (?:at|from)|at least|minimum(?: of)?|min\\.?)\\s*${AMOUNT}|${AMOUNT}\\s*(?:\\+|plus\\b|or more|and up\\b))`,
		'i',
	).exec(text);
	if (open) return { kind: 'open-ended', phrase: open[0].trim() };
	const single = new RegExp(AMOUNT).exec(text);
	if (single) return { kind: 'single', phrase: single[0].trim() };
	return { kind: 'missing' };
}

export function payFindings(text: string): Finding[] {
	const pay = payStated(text);
	switch (pay.kind) {
		case 'missing':
			return [
				{
					kind: 'pay',
					message: 'No pay is stated.',
					advice:
						'Pay was the part of a job post candidates found most helpful; several US states and the EU require a range in the ad or before the interview.',
					source: SOURCES.linkedIn,
				},
			];
		case 'open-ended':
			return [
				{
					kind: 'pay',
					message: `The pay is open-ended (“${pay.phrase}”).`,
					advice:
						'State a minimum and a maximum: the pay transparency laws that require a range do not accept an open-ended one.',
					source: SOURCES.nycPay,
				},
			];
		case 'range':
			return pay.wide
				? [
						{
							kind: 'pay',
							message: `The pay range is very wide (“${pay.phrase}”: the top is ${Math.round((pay.max! / pay.min!) * 10) / 10} times the bottom).`,
							advice: 'Give the range you really expect to pay for this job; split it by level if it covers several.',
							source: SOURCES.nycPay,
						},
					]
				: [];
		default:
			return [];
	}
}

/** Everything but inclusive language, which the page loads separately. */
export function checkAd(text: string, role?: RoleContext) {
	return {
		gender: genderCoding(text),
		requirements: requirementFindings(text, role),
		readability: readability(text),
		pay: payStated(text),
		payFindings: payFindings(text),
	};
}
