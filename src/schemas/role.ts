import { z } from 'astro/zod';
import { LOOK_FOR_AIM_CHARS, LOOK_FOR_MIN_CHARS } from './limits.ts';
import { PLACEHOLDER_NAMES, unknownPlaceholders } from './placeholders.ts';

/** Career levels, lowest first; the order is used for sorting and filters. */
export const LEVELS = ['entry', 'mid', 'senior', 'manager', 'executive'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
	entry: 'Entry level',
	mid: 'Mid level',
	senior: 'Senior',
	manager: 'Manager',
	executive: 'Executive',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const allowed = PLACEHOLDER_NAMES.map((name) => `{${name}}`).join(', ');

/** A line of prose: trimmed, within bounds, and free of placeholders other than the allowed ones. */
const text = (
	what: string,
	{ min = 1, max = 2000, tooShort, missing }: { min?: number; max?: number; tooShort?: string; missing?: string } = {},
) =>
	z
		.string({ error: (issue) => (issue.input === undefined && missing ? missing : `${what} must be text`) })
		.trim()
		.min(min, {
			error: tooShort ?? (min === 1 ? `${what} must not be empty` : `${what} must be at least ${min} characters`),
		})
		.max(max, { error: `${what} must be at most ${max} characters` })
		.superRefine((value, ctx) => {
			// A file saved in another encoding reaches us with U+FFFD where its bytes were not UTF-8.
			if (value.includes('\uFFFD')) {
				ctx.addIssue({ code: 'custom', message: `${what} contains bytes that are not UTF-8; save the file as UTF-8` });
			}
			for (const token of unknownPlaceholders(value)) {
				ctx.addIssue({
					code: 'custom',
					message: `unknown placeholder ${token}; the only placeholders allowed are ${allowed}`,
				});
			}
		});

const list = (what: string, plural: string, min: number, max: number, missing?: string) =>
	z
		.array(text(what), {
			error: (issue) => (issue.input === undefined && missing ? missing : `expected a list of ${plural}`),
		})
		.min(min, { error: `needs at least ${min} ${plural}` })
		.max(max, { error: `allows at most ${max} ${plural}` });

const slug = (what: string) =>
	z.string({ error: `${what} must be a role slug` }).regex(SLUG, {
		error: `${what} must be a slug such as "front-end-developer" (lower case, digits and hyphens)`,
	});

const slugList = (what: string, min: number, max: number) =>
	z
		.array(slug(what))
		.min(min, { error: `needs at least ${min} ${what} slugs` })
		.max(max, { error: `allows at most ${max} ${what} slugs` })
		.refine((items) => new Set(items).size === items.length, { error: `lists a ${what} twice` });

/** Unknown keys are usually typos; say which and where the known ones are listed. */
const unknownKeys = (where: string) => ({
	error: (issue: { code?: string; keys?: string[] }) =>
		issue.code === 'unrecognized_keys'
			? `unknown field${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `"${k}"`).join(', ')} in ${where}; remove it or fix its spelling (fields are listed in src/schemas/role.ts)`
			: undefined,
});

export const interviewQuestionSchema = z.strictObject(
	{
		/** The question as an interviewer would ask it. */
		question: text('question'),
		/**
		 * What a strong answer shows (and what a weak one sounds like): the guide an interviewer or
		 * candidate reads. At least 80 characters; good ones run 150–300 (src/schemas/limits.ts).
		 */
		lookFor: text('lookFor', {
			min: LOOK_FOR_MIN_CHARS,
			tooShort: `lookFor must describe what a strong answer contains in at least ${LOOK_FOR_MIN_CHARS} characters (good guides run ${LOOK_FOR_AIM_CHARS.join('–')})`,
		}),
	},
	unknownKeys('an interview question (only question and lookFor)'),
);

export const faqSchema = z.strictObject(
	{
		/** A question job seekers ask about this role. */
		question: text('question'),
		/** A short, plain answer (one to three sentences). */
		answer: text('answer'),
	},
	unknownKeys('an FAQ (only question and answer)'),
);

export const roleSchema = z.strictObject(
	{
		/** The role's name, unique across the library, without a "Job Description" suffix. */
		title: text('title').refine((value) => !/job description$/i.test(value), {
			error: 'title must be the role name only; the page adds "Job Description"',
		}),
		/** One plain sentence, 50–160 characters: the meta description and the text on cards. */
		summary: text('summary', { min: 50, max: 160 }),
		/** Slug of a department in content/departments/, e.g. "engineering". */
		department: slug('department'),
		/** Career level of the role. */
		level: z.enum(LEVELS, { error: `level must be one of: ${LEVELS.join(', ')}` }),
		/** Other names people search for: abbreviations (RN, SDR), spellings (Backend), regional titles. */
		alternateTitles: list('alternate title', 'alternate titles', 0, 10).default([]),
		/** 8–15 specific duties, one sentence each. */
		duties: list('duty', 'duties', 8, 15),
		/** 6–12 requirements; may use {years}, {company} and {location}. */
		requirements: list('requirement', 'requirements', 6, 12),
		/** 5–15 short noun phrases: tools, methods, strengths. */
		skills: list('skill', 'skills', 5, 15),
		/** One sentence on education; may say no formal degree is required. */
		education: text('education'),
		/** Years of experience shown for {years} until a visitor changes it (0–30). */
		experienceYears: z
			.number({ error: 'experienceYears must be a whole number from 0 to 30' })
			.int({ error: 'experienceYears must be a whole number from 0 to 30' })
			.min(0, { error: 'experienceYears must be a whole number from 0 to 30' })
			.max(30, { error: 'experienceYears must be a whole number from 0 to 30' }),
		/** 5–10 interview questions, each with what a good answer shows. */
		interviewQuestions: z
			.array(interviewQuestionSchema)
			.min(5, { error: 'needs at least 5 interview questions' })
			.max(10, { error: 'allows at most 10 interview questions' }),
		/** Optional questions and answers for job seekers (0–6). */
		faqs: z.array(faqSchema).max(6, { error: 'allows at most 6 FAQs' }).default([]),
		/** 2–6 slugs of closely related roles that exist in content/roles/. */
		related: slugList('related role', 2, 6),
		/** Optional career path: roles people usually come from and move on to. */
		careerPath: z
			.strictObject(
				{
					previous: slugList('previous role', 0, 6).default([]),
					next: slugList('next role', 0, 6).default([]),
				},
				unknownKeys('careerPath (only previous and next)'),
			)
			.default({ previous: [], next: [] }),
		/**
		 * Optional occupation codes: US SOC 2018 ("15-1252") and ISCO-08 ("2512"), as quoted strings.
		 * The build checks them against the official lists in data/; the SOC code brings the role's
		 * "Pay and outlook" figures. `npm run data:check` suggests codes.
		 */
		codes: z
			.strictObject(
				{
					soc: z
						.string({ error: 'codes.soc must be a quoted string like "15-1252"' })
						.regex(/^\d{2}-\d{4}$/, { error: 'codes.soc must look like "15-1252"' })
						.optional(),
					isco: z
						.string({ error: 'codes.isco must be a quoted string like "2512"' })
						.regex(/^\d{4}$/, { error: 'codes.isco must be four digits like "2512"' })
						.optional(),
				},
				unknownKeys('codes (only soc and isco)'),
			)
			.optional(),
		/**
		 * Who the role usually reports to: the slug of a role in content/roles/ where one exists
		 * ("engineering-manager", shown as a link), otherwise a short text ("Director of Nursing").
		 */
		reportsTo: text('reportsTo', {
			max: 120,
			missing:
				'reportsTo is missing: name who the role reports to, as a role slug ("engineering-manager") or a title ("Director of Nursing")',
		}),
		/** Where and when the work happens, and what it asks of the body: the "essential functions" section. */
		workEnvironment: z.strictObject(
			{
				/** Where the work happens: office, site, ward, vehicle, remote; indoors or out. One or two sentences. */
				setting: text('workEnvironment.setting', { min: 20, max: 400 }),
				/** Hours, shifts, nights and weekends, on-call, travel. One or two sentences. */
				schedule: text('workEnvironment.schedule', { min: 20, max: 400 }),
				/** Physical requirements (lifting with weight, standing, climbing, noise); an empty list for desk roles. */
				physicalDemands: list('physical demand', 'physical demands', 0, 8).default([]),
			},
			{
				error: (issue: { code?: string; keys?: string[]; input?: unknown }) =>
					issue.code === 'unrecognized_keys'
						? `unknown field${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `"${k}"`).join(', ')} in workEnvironment; use only setting, schedule and physicalDemands`
						: issue.input === undefined
							? 'workEnvironment is missing: add setting (where the work happens), schedule (hours, shifts, travel) and physicalDemands (a list, [] for desk roles)'
							: undefined,
			},
		),
		/**
		 * 2–6 ordered steps into the role: education, license or certification with the body that
		 * issues it, typical time, entry routes such as apprenticeships. Shown as "How to become a <Title>".
		 */
		howToBecome: list(
			'step',
			'howToBecome steps',
			2,
			6,
			'howToBecome is missing: add 2–6 ordered steps into the role (education, license and who issues it, typical time, entry routes)',
		),
		/**
		 * Words people type that are not titles: credentials (RN, CPA, CDL), acronyms and common
		 * misspellings. Weighted in search below the title and above the body; not shown on the page.
		 */
		searchTerms: list('search term', 'search terms', 0, 15).default([]),
		/** Date the role was last reviewed, as YYYY-MM-DD. */
		updated: z.coerce
			.date({ error: 'updated must be a date written as YYYY-MM-DD' })
			.refine((date) => !Number.isNaN(date.getTime()), { error: 'updated must be a date written as YYYY-MM-DD' }),
	},
	unknownKeys('the frontmatter'),
);

export type RoleData = z.output<typeof roleSchema>;
