// The field names `licence` and `licenceUrl` are data/sources.json's own. cspell:ignore licence
/**
 * The columns Rolebook reads from each official data file in data/ (see data/README.md), under
 * the publishers' own column names. A renamed column or an unexpected value stops the build with
 * the file, the row and the column, so a new release can never be half-read in silence.
 */
import { z } from 'astro/zod';

const SOC = /^\d{2}-\d{4}$/;
const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;

/** A whole number or decimal as the publishers write it; BLS uses no thousands separators. */
const number = z
	.string()
	.regex(/^-?\d+(\.\d+)?$/, { error: 'expected a number' })
	.transform(Number);

/** OEWS wage cell: a figure, "*" (not available) or "#" (at or above the top code). */
export const wageCell = z.union([z.literal('*'), z.literal('#'), number], {
	error: 'expected a wage, "*" (not available) or "#" (top-coded)',
});
export type WageCell = z.output<typeof wageCell>;

/** OEWS employment cell: a count or "**" (not available). */
const employmentCell = z.union([z.literal('**'), number], { error: 'expected a count or "**" (not available)' });

/** "TRUE" when OEWS publishes only annual (or only hourly) wages for the occupation. */
const flag = z.enum(['TRUE', '']).transform((value) => value === 'TRUE');

/** Employment Projections cells: "—" where BLS publishes no figure. */
const dash = z.literal('—');

/** BLS OEWS national file (national_M2024_dl.xlsx, first sheet, saved as CSV). */
export const oewsRow = z.object({
	OCC_CODE: z.string().regex(/^\d{2}-\d{4}$/, { error: 'expected a SOC code like 15-1252' }),
	OCC_TITLE: z.string().min(1),
	O_GROUP: z.enum(['total', 'major', 'minor', 'broad', 'detailed']),
	TOT_EMP: employmentCell,
	H_PCT10: wageCell,
	H_PCT25: wageCell,
	H_MEDIAN: wageCell,
	H_PCT75: wageCell,
	H_PCT90: wageCell,
	A_PCT10: wageCell,
	A_PCT25: wageCell,
	A_MEDIAN: wageCell,
	A_PCT75: wageCell,
	A_PCT90: wageCell,
	ANNUAL: flag,
	HOURLY: flag,
});

/** BLS Employment Projections, Table 1.2 (occupation.xlsx), saved as CSV. */
export const projectionRow = z.object({
	'2024 National Employment Matrix title': z.string().min(1),
	'2024 National Employment Matrix code': z.string().regex(SOC, { error: 'expected a SOC code like 15-1252' }),
	'Occupation type': z.enum(['Line item', 'Summary']),
	'Employment, 2024': number,
	'Employment, 2034': number,
	'Employment change, numeric, 2024–34': number,
	'Employment change, percent, 2024–34': number,
	'Occupational openings, 2024–34 annual average': number,
	/** "—" on summary rows. */
	'Typical education needed for entry': z.string().min(1),
	'Work experience in a related occupation': z.string().min(1),
	'Typical on-the-job training needed to attain competency in the occupation': z.string().min(1),
	'Median annual wage, dollars, 2024[1]': z.union([dash, number, z.string().regex(/^>=\$[\d,]+$/)]),
});

const onetCode = z.string().regex(ONET_SOC, { error: 'expected an O*NET-SOC code like 15-1252.00' });

/** O*NET Occupation Data: code and title (descriptions are not kept). */
export const onetOccupationRow = z.object({ 'O*NET-SOC Code': onetCode, Title: z.string().min(1) });
/** O*NET Alternate Titles. */
export const onetAlternateTitleRow = z.object({
	'O*NET-SOC Code': onetCode,
	'Alternate Title': z.string().min(1),
	'Short Title': z.string(),
	'Source(s)': z.string(),
});
/** O*NET Sample of Reported Titles. */
export const onetReportedTitleRow = z.object({
	'O*NET-SOC Code': onetCode,
	'Reported Job Title': z.string().min(1),
	'Shown in My Next Move': z.enum(['Y', 'N']),
});
/** O*NET Job Zones. */
export const onetJobZoneRow = z.object({
	'O*NET-SOC Code': onetCode,
	'Job Zone': z.enum(['1', '2', '3', '4', '5']).transform(Number),
});
/** O*NET Job Zone Reference. */
export const onetJobZoneReferenceRow = z.object({
	'Job Zone': z.enum(['1', '2', '3', '4', '5']).transform(Number),
	Name: z.string().min(1),
});

/** ESCO occupations (English): the ISCO-08 unit group each occupation belongs to. */
export const escoOccupationRow = z.object({
	code: z.string().min(1),
	iscoGroup: z.string().regex(/^\d{4}$/, { error: 'expected a four-digit ISCO-08 unit group' }),
	preferredLabel: z.string().min(1),
});
/** ESCO's ISCO-08 groups, from major (1 digit) to unit group (4 digits). */
export const iscoGroupRow = z.object({
	code: z.string().regex(/^\d{1,4}$/, { error: 'expected an ISCO-08 code of 1 to 4 digits' }),
	preferredLabel: z.string().min(1),
});

/** The derived SOC 2018 → ISCO-08 crosswalk. */
export const crosswalkRow = z.object({
	soc2018_code: z.string().regex(SOC, { error: 'expected a SOC code like 15-1252' }),
	soc2018_title: z.string(),
	/** Mostly unit groups; a few links stop at a minor group (3 digits). */
	isco08_code: z.string().regex(/^\d{3,4}$/, { error: 'expected an ISCO-08 code of 3 or 4 digits' }),
	isco08_title: z.string(),
});

/** data/sources.json: who published each source, which release, under what license. */
export const sourceSchema = z.strictObject({
	name: z.string().min(1),
	/** Short name used in citations on role pages, e.g. "BLS OEWS". */
	short: z.string().min(1),
	publisher: z.string().min(1),
	release: z.string().min(1),
	licence: z.string().min(1),
	licenceUrl: z.url(),
	/** The exact credit line the license asks for. */
	credit: z.string().min(1),
	url: z.url(),
	/** Where `npm run data:update` downloads the release from. */
	download: z.url(),
	/** The files in data/ that come from this source. */
	files: z.array(z.string()).min(1),
	/** What Rolebook changed, as CC BY 4.0 asks. */
	changes: z.string().min(1),
	/** OEWS only: the wages "#" stands for ("$239,200 or more" a year). */
	topCode: z.strictObject({ annual: z.number(), hourly: z.number() }).optional(),
});
export const sourcesSchema = z.strictObject({
	oews: sourceSchema,
	ep: sourceSchema,
	onet: sourceSchema,
	esco: sourceSchema,
	crosswalk: sourceSchema,
});
export type DataSource = z.output<typeof sourceSchema>;
export type DataSources = z.output<typeof sourcesSchema>;
