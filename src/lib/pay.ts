/**
 * A role's "Pay and outlook": the official figures for its SOC occupation, each with its source.
 * Figures are read, never estimated: a cell BLS leaves out ("*", "**") stays out, and a top-coded
 * one ("#") is shown as "or more".
 */
import type { RoleData } from '../schemas/role.ts';
import type { Citation, PayAndOutlook, Percentiles, Wage } from '../schemas/pay.ts';
import { occupationData, type OccupationData, type OewsRow, type WageCell } from './occupation-data.ts';

export type { PayAndOutlook, Percentiles, Wage };

type RoleLike = Pick<RoleData, 'title' | 'alternateTitles' | 'codes'>;

const SMALL_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'all', 'other']);
/** Words of a title, lower case and singular, so "Registered Nurse" matches "Registered Nurses". */
function titleWords(title: string): string {
	return title
		.toLocaleLowerCase('en')
		.replace(/[^a-z0-9]+/g, ' ')
		.split(' ')
		.filter((word) => word && !SMALL_WORDS.has(word))
		.map((word) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/(?<=[^s])s$/, '')))
		.sort()
		.join(' ');
}

/** Whether one of the role's titles names the occupation itself rather than a part of it. */
export function namesOccupation(role: Pick<RoleData, 'title' | 'alternateTitles'>, occupation: string): boolean {
	const target = titleWords(occupation);
	return [role.title, ...role.alternateTitles].some((title) => titleWords(title) === target);
}

function wage(cell: WageCell, topCode: number): Wage | null {
	if (cell === '*') return null;
	if (cell === '#') return { value: topCode, atLeast: true };
	return { value: cell, atLeast: false };
}

function percentiles(row: OewsRow, kind: 'A' | 'H', topCode: number): Percentiles | null {
	const result: Percentiles = {
		p10: wage(row[`${kind}_PCT10`], topCode),
		p25: wage(row[`${kind}_PCT25`], topCode),
		median: wage(row[`${kind}_MEDIAN`], topCode),
		p75: wage(row[`${kind}_PCT75`], topCode),
		p90: wage(row[`${kind}_PCT90`], topCode),
	};
	return Object.values(result).some((value) => value !== null) ? result : null;
}

/** The figures for one SOC code, or undefined when no source publishes any. */
export function payForCode(
	soc: string,
	role: Pick<RoleData, 'title' | 'alternateTitles'>,
	data: OccupationData = occupationData(),
): PayAndOutlook | undefined {
	const { sources } = data;
	const oews = data.oews.get(soc);
	const projection = data.projections.get(soc);
	const jobZone = data.jobZones.get(soc);
	const occupation =
		oews?.OCC_TITLE ?? data.onetTitles.get(soc) ?? projection?.['2024 National Employment Matrix title'];
	if (!occupation) return undefined;
	const topCode = sources.oews.topCode ?? { annual: Number.NaN, hourly: Number.NaN };
	const cite = (source: keyof typeof sources, detail: string): Citation => ({
		text: `${sources[source].short} ${sources[source].release}, ${detail}`,
		url: sources[source].url,
		release: sources[source].release,
	});

	const annual = oews ? percentiles(oews, 'A', topCode.annual) : null;
	const hourly = oews ? percentiles(oews, 'H', topCode.hourly) : null;
	const wages: PayAndOutlook['wages'] =
		oews && (annual || hourly)
			? {
					currency: 'USD',
					annual,
					hourly,
					hourlyOnly: oews.HOURLY || !annual,
					employment: oews.TOT_EMP === '**' ? null : oews.TOT_EMP,
					citation: cite('oews', `national, ${soc} ${oews.OCC_TITLE}`),
				}
			: null;

	const thousands = (value: number) => Math.round(value * 1000);
	const projectionTitle = projection?.['2024 National Employment Matrix title'];
	const outlook: PayAndOutlook['outlook'] = projection
		? {
				period: sources.ep.release,
				employmentStart: thousands(projection['Employment, 2024']),
				employmentEnd: thousands(projection['Employment, 2034']),
				change: thousands(projection['Employment change, numeric, 2024–34']),
				changePercent: projection['Employment change, percent, 2024–34'],
				annualOpenings: thousands(projection['Occupational openings, 2024–34 annual average']),
				citation: cite('ep', `${soc} ${projectionTitle}`),
			}
		: null;
	const education = projection?.['Typical education needed for entry'];
	const experience = projection?.['Work experience in a related occupation'];
	const training = projection?.['Typical on-the-job training needed to attain competency in the occupation'];
	const entry: PayAndOutlook['entry'] =
		education && experience && training && ![education, experience, training].includes('—')
			? { education, experience, training, citation: cite('ep', `${soc} ${projectionTitle}`) }
			: null;

	if (!wages && !outlook && !entry) return undefined;
	return {
		soc,
		occupation,
		wholeOccupation: !namesOccupation(role, occupation),
		area: 'United States',
		wages,
		outlook,
		entry,
		jobZone: jobZone
			? { ...jobZone, citation: cite('onet', `${soc}.00 ${data.onetTitles.get(soc) ?? occupation}`) }
			: null,
	};
}

/** A role's pay and outlook, from its `codes.soc`; undefined when it has no code or no data. */
export function payFor(role: RoleLike, data: OccupationData = occupationData()): PayAndOutlook | undefined {
	const soc = role.codes?.soc;
	return soc ? payForCode(soc, role, data) : undefined;
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US');

/** "$133,080", "$239,200 or more", "$23.33". */
export function formatWage(value: Wage, kind: 'annual' | 'hourly'): string {
	const amount = (kind === 'annual' ? dollars : cents).format(value.value);
	return value.atLeast ? `${amount} or more` : amount;
}

/** "1,654,300". */
export const formatCount = (value: number) => count.format(value);

/** "+15.8%", "−3.2%", "0%": a real minus sign so it reads as one. */
export function formatChange(percent: number): string {
	if (percent === 0) return '0%';
	return `${percent > 0 ? '+' : '−'}${Math.abs(percent)}%`;
}

/** The headline wage: median annual pay, or median hourly where BLS publishes hourly only. */
export function headlineWage(pay: PayAndOutlook): { wage: Wage; kind: 'annual' | 'hourly' } | undefined {
	const wages = pay.wages;
	if (!wages) return undefined;
	if (!wages.hourlyOnly && wages.annual?.median) return { wage: wages.annual.median, kind: 'annual' };
	if (wages.hourly?.median) return { wage: wages.hourly.median, kind: 'hourly' };
	return undefined;
}
