/**
 * Two roles side by side. `compareRoles` builds the comparison from two roles as the JSON API
 * serves them, so the pre-rendered pages (at build time) and /compare/ (in the browser) show the
 * same thing. `writtenComparisons` finds the text authors wrote about two roles' difference: a
 * "### How the role differs from …" section, or an FAQ asking for the difference. Only pairs with
 * enough of it get a page of their own (MIN_WRITTEN_WORDS), so no page is thin or generated.
 */
import type { ApiRole } from './api';
import { fillPlaceholders } from '../schemas/placeholders';
import { formatChange, formatWage, headlineWage } from './pay-format';

/** The fields of a role a comparison reads: a JSON API entry has them all. */
export type CompareRole = Pick<
	ApiRole,
	| 'slug'
	| 'title'
	| 'summary'
	| 'level'
	| 'department'
	| 'experienceYears'
	| 'education'
	| 'skills'
	| 'duties'
	| 'careerPath'
	| 'payAndOutlook'
>;

/** Words of written comparison a pair needs for a page of its own. */
export const MIN_WRITTEN_WORDS = 120;

const normal = (text: string) =>
	text
		.toLocaleLowerCase('en-US')
		.replace(/[^\p{L}\p{N}+#]+/gu, ' ')
		.trim();

/** Words that carry meaning in a duty, for telling whether two duties are the same work. */
const STOP = new Set(
	'and the for with from into that this their them they your you are was were will can per each other such when where which while than then also both more most all any its our out own who how what'.split(
		' ',
	),
);
const contentWords = (text: string) =>
	new Set(
		normal(text)
			.split(' ')
			.filter((word) => word.length > 3 && !STOP.has(word)),
	);

/** Two duties are the same work when most of their meaningful words are shared (Jaccard ≥ 0.5). */
function similar(a: string, b: string): boolean {
	const x = contentWords(a);
	const y = contentWords(b);
	const shared = [...x].filter((word) => y.has(word)).length;
	return shared / (x.size + y.size - shared || 1) >= 0.5;
}

export interface Comparison {
	a: CompareRole;
	b: CompareRole;
	/** Skills both list (as the first role writes them), and those only one lists. */
	sharedSkills: string[];
	onlyA: { skills: string[]; duties: string[] };
	onlyB: { skills: string[]; duties: string[] };
	/** Duties that describe the same work in both, as the first role writes them. */
	sharedDuties: string[];
}

/** The role's text as a comparison reads it: "{years}" as the role's years, no bracketed blanks. */
function readable(role: CompareRole): CompareRole {
	const values = { years: String(role.experienceYears), company: 'the company', location: 'the location' };
	const fill = (text: string) => fillPlaceholders(text, values);
	return {
		...role,
		summary: fill(role.summary),
		education: fill(role.education),
		skills: role.skills.map(fill),
		duties: role.duties.map(fill),
	};
}

export function compareRoles(first: CompareRole, second: CompareRole): Comparison {
	const a = readable(first);
	const b = readable(second);
	const skillsB = new Set(b.skills.map(normal));
	const skillsA = new Set(a.skills.map(normal));
	const sharedDuties = a.duties.filter((duty) => b.duties.some((other) => similar(duty, other)));
	return {
		a,
		b,
		sharedSkills: a.skills.filter((skill) => skillsB.has(normal(skill))),
		onlyA: {
			skills: a.skills.filter((skill) => !skillsB.has(normal(skill))),
			duties: a.duties.filter((duty) => !sharedDuties.includes(duty)),
		},
		onlyB: {
			skills: b.skills.filter((skill) => !skillsA.has(normal(skill))),
			duties: b.duties.filter((duty) => !a.duties.some((other) => similar(duty, other))),
		},
		sharedDuties,
	};
}

/** Names the rows show: role titles by slug, department and level labels. */
export interface CompareNames {
	titles: Record<string, string>;
	departments: Record<string, string>;
	levels: Record<string, string>;
}

/** One row of the side-by-side table: a label and each role's value (text, or a list). */
export interface CompareRow {
	label: string;
	a: string | string[];
	b: string | string[];
}

const years = (count: number) => (count === 0 ? 'None needed' : `${count}+ ${count === 1 ? 'year' : 'years'}`);
const medianPay = (role: CompareRole) => {
	const headline = role.payAndOutlook && headlineWage(role.payAndOutlook);
	return headline
		? `${formatWage(headline.wage, headline.kind)} ${headline.kind === 'annual' ? 'a year' : 'an hour'}`
		: '—';
};
const outlook = (role: CompareRole) => {
	const projection = role.payAndOutlook?.outlook;
	return projection ? `${formatChange(projection.changePercent)} jobs, ${projection.period}` : '—';
};

/** The side-by-side table's rows, the same on the pre-rendered pages and on /compare/. */
export function comparisonRows({ a, b }: Comparison, names: CompareNames): CompareRow[] {
	const both = (read: (role: CompareRole) => string | string[]) => ({ a: read(a), b: read(b) });
	const titles = (slugs: readonly string[]) => slugs.map((slug) => names.titles[slug] ?? slug);
	const rows: CompareRow[] = [
		{ label: 'Summary', ...both((role) => role.summary) },
		{ label: 'Level', ...both((role) => names.levels[role.level] ?? role.level) },
		{ label: 'Department', ...both((role) => names.departments[role.department] ?? role.department) },
		{ label: 'Typical experience', ...both((role) => years(role.experienceYears)) },
		{ label: 'Education', ...both((role) => role.education) },
	];
	if (a.payAndOutlook || b.payAndOutlook)
		rows.push(
			{ label: 'Median pay (US)', ...both(medianPay) },
			{ label: 'Projected change in jobs', ...both(outlook) },
			{ label: 'Typical entry education (US)', ...both((role) => role.payAndOutlook?.entry?.education ?? '—') },
		);
	rows.push(
		{ label: 'Often comes before', ...both((role) => titles(role.careerPath.previous)) },
		{ label: 'Can lead to', ...both((role) => titles(role.careerPath.next)) },
	);
	return rows;
}

/** The sources of the pay and outlook figures the rows show, once each. */
export const comparisonSources = ({ a, b }: Comparison) => [
	...new Map(
		[a, b]
			.flatMap((role) => [
				role.payAndOutlook?.wages?.citation,
				role.payAndOutlook?.outlook?.citation,
				role.payAndOutlook?.entry?.citation,
			])
			.filter((citation) => citation !== undefined)
			.map((citation) => [citation.text, citation]),
	).values(),
];

/** The role fields written comparisons are found in. */
export interface RoleText {
	slug: string;
	title: string;
	alternateTitles: readonly string[];
	faqs: readonly { question: string; answer: string }[];
	/** The MDX body, in Markdown. */
	body: string;
}

/** One piece of written comparison, as its author wrote it, and the role it is written in. */
export interface WrittenPiece {
	role: string;
	/** The section heading or the FAQ question. */
	heading: string;
	/** Markdown. */
	text: string;
}

export interface WrittenComparison {
	/** The two slugs in alphabetical order: the page is /compare/<a>-vs-<b>/. */
	a: string;
	b: string;
	pieces: WrittenPiece[];
	words: number;
}

const SECTION = /^###[ \t]+(How the role differs from[ \t]+(.+?))[ \t]*\n([\s\S]*?)(?=^#{1,3}[ \t]|(?![\s\S]))/gm;
const DIFFERENCE_QUESTION = /\bdiffer|\bvs\.?\s|\bversus\b/i;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Every pair of roles with written text on how they differ, keyed "a b" (slugs in order). */
export function writtenComparisons(roles: readonly RoleText[]): Map<string, WrittenComparison> {
	const byName = new Map<string, string>();
	for (const role of roles)
		for (const name of [role.title, ...role.alternateTitles])
			if (!byName.has(normal(name))) byName.set(normal(name), role.slug);
	const titles = roles.map((role) => ({ slug: role.slug, pattern: new RegExp(`\\b${escape(role.title)}s?\\b`, 'gi') }));
	const pairs = new Map<string, WrittenComparison>();
	const add = (from: string, other: string | undefined, piece: WrittenPiece) => {
		if (!other || other === from) return;
		const [a, b] = [from, other].sort() as [string, string];
		const key = `${a} ${b}`;
		const pair = pairs.get(key) ?? { a, b, pieces: [], words: 0 };
		pair.pieces.push(piece);
		pair.words += wordCount(piece.text);
		pairs.set(key, pair);
	};
	for (const role of roles) {
		for (const match of role.body.matchAll(SECTION)) {
			const name = normal(match[2]!.replace(/^(?:an?|the)\s+/i, ''));
			const other = byName.get(name) ?? byName.get(name.replace(/s$/, ''));
			add(role.slug, other, { role: role.slug, heading: match[1]!, text: match[3]!.trim() });
		}
		for (const { question, answer } of role.faqs) {
			if (!DIFFERENCE_QUESTION.test(question)) continue;
			// The roles the question names; a title inside a longer one ("Nurse" in "Nurse Practitioner") does not count.
			const spans = titles.flatMap(({ slug, pattern }) =>
				[...question.matchAll(pattern)].map((m) => ({ slug, start: m.index, end: m.index + m[0].length })),
			);
			const named = spans.filter(
				(span) =>
					!spans.some(
						(other) =>
							other !== span &&
							other.start <= span.start &&
							other.end >= span.end &&
							other.end - other.start > span.end - span.start,
					),
			);
			// A question about two other roles' difference is not about this one.
			const others = new Set(named.map((span) => span.slug).filter((slug) => slug !== role.slug));
			if (others.size === 1) add(role.slug, [...others][0], { role: role.slug, heading: question, text: answer });
		}
	}
	return pairs;
}

/** The pairs with a page of their own: at least MIN_WRITTEN_WORDS of written comparison. */
export const comparisonPages = (roles: readonly RoleText[]) =>
	[...writtenComparisons(roles).values()]
		.filter((pair) => pair.words >= MIN_WRITTEN_WORDS)
		.sort((x, y) => `${x.a} ${x.b}`.localeCompare(`${y.a} ${y.b}`));
