import { z } from 'astro/zod';

/** Where one figure comes from: publisher, dataset and release, and the exact occupation. */
export const citationSchema = z.strictObject({
	/** "U.S. BLS, OEWS May 2024, national, 15-1252 Software Developers". */
	text: z.string(),
	/** The dataset's home page. */
	url: z.url(),
	/** "May 2024", "2024–34", "28.2". */
	release: z.string(),
});

/** One wage figure. `atLeast` marks a top-coded figure: the wage is this much or more. */
export const wageSchema = z.strictObject({ value: z.number(), atLeast: z.boolean() });

/** OEWS percentiles; null where BLS publishes no figure ("*"). */
export const percentilesSchema = z.strictObject({
	p10: wageSchema.nullable(),
	p25: wageSchema.nullable(),
	median: wageSchema.nullable(),
	p75: wageSchema.nullable(),
	p90: wageSchema.nullable(),
});

/**
 * A role's pay and outlook, for the role page, JSON-LD, the JSON API and the exports. Only figures
 * the publishers print, for the role's SOC occupation, in the United States as a whole.
 */
export const payAndOutlookSchema = z.strictObject({
	/** The SOC 2018 code and its official title. */
	soc: z.string(),
	occupation: z.string(),
	/** True when the role is narrower than the occupation, so the figures describe the whole occupation. */
	wholeOccupation: z.boolean(),
	/**
	 * Set when BLS publishes the occupation only together with others, under a broad code: the
	 * wages and projections are then those of this group.
	 */
	group: z.strictObject({ soc: z.string(), title: z.string() }).nullable(),
	area: z.literal('United States'),
	/** BLS OEWS national wages (USD) and employment. */
	wages: z
		.strictObject({
			currency: z.literal('USD'),
			/** Yearly wages; null when BLS publishes hourly wages only (e.g. many performers). */
			annual: percentilesSchema.nullable(),
			/** Hourly wages; null when BLS publishes annual wages only (e.g. teachers). */
			hourly: percentilesSchema.nullable(),
			hourlyOnly: z.boolean(),
			/** Wage and salary jobs; null where BLS publishes none ("**"). */
			employment: z.number().nullable(),
			citation: citationSchema,
		})
		.nullable(),
	/** BLS Employment Projections for the next ten years. */
	outlook: z
		.strictObject({
			period: z.string(),
			employmentStart: z.number(),
			employmentEnd: z.number(),
			change: z.number(),
			changePercent: z.number(),
			annualOpenings: z.number(),
			citation: citationSchema,
		})
		.nullable(),
	/** BLS's typical way in: education for entry, related work experience, on-the-job training. */
	entry: z
		.strictObject({
			education: z.string(),
			experience: z.string(),
			training: z.string(),
			citation: citationSchema,
		})
		.nullable(),
	/** O*NET Job Zone: how much preparation the occupation needs, 1 (little) to 5 (extensive). */
	jobZone: z.strictObject({ zone: z.number().int(), name: z.string(), citation: citationSchema }).nullable(),
});

export type Citation = z.output<typeof citationSchema>;
export type Wage = z.output<typeof wageSchema>;
export type Percentiles = z.output<typeof percentilesSchema>;
export type PayAndOutlook = z.output<typeof payAndOutlookSchema>;
