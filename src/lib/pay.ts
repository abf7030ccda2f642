/**
 * A role's "Pay and outlook": the official figures for its SOC occupation, each with its source.
 * Figures are read, never estimated: a cell BLS leaves out ("*", "**") stays out, and a top-coded
 * one ("#") is shown as "or more".
 */
import type { RoleData } from '../schemas/role.ts';
import type { Citation, PayAndOutlook, Percentiles, Wage } from '../schemas/pay.ts';
import { occupationData, type OccupationData, type OewsRow, type WageCell } from './occupation-data.ts';
import { formatChange, formatCount, formatWage, headlineWage } from './pay-format.ts';
import { titleKey } from './title-words.ts';

export type { PayAndOutlook, Percentiles, Wage };

type RoleLike = Pick<RoleData, 'title' | 'alternateTitles' | 'codes'>;

/** Whether one of the role's titles names the occupation itself rather than a part of it. */
export function namesOccupation(role: Pick<RoleData, 'title' | 'alternateTitles'>, occupation: string): boolean {
	const target = titleKey(occupation);
	return [role.title, ...role.alternateTitles].some((title) => titleKey(title) === target);
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
	// BLS publishes a few detailed occupations only together, under their broad code: 51-2092
	// Team Assemblers within 51-2090 Miscellaneous Assemblers and Fabricators.
	const broad = `${soc.slice(0, 6)}0`;
	const aggregate = data.oews.get(broad)?.O_GROUP === 'detailed' ? broad : undefined;
	const oews = data.oews.get(soc) ?? (aggregate ? data.oews.get(aggregate) : undefined);
	const projection = data.projections.get(soc) ?? (aggregate ? data.projections.get(aggregate) : undefined);
	const jobZone = data.jobZones.get(soc);
	const occupation =
		data.oews.get(soc)?.OCC_TITLE ?? data.onetTitles.get(soc) ?? projection?.['2024 National Employment Matrix title'];
	if (!occupation) return undefined;
	const group = aggregate && oews?.OCC_CODE === aggregate ? { soc: aggregate, title: oews.OCC_TITLE } : null;
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
					citation: cite('oews', `national, ${oews.OCC_CODE} ${oews.OCC_TITLE}`),
				}
			: null;

	const thousands = (value: number) => Math.round(value * 1000);
	const projectionCode = projection?.['2024 National Employment Matrix code'];
	const projectionTitle = projection?.['2024 National Employment Matrix title'];
	const outlook: PayAndOutlook['outlook'] = projection
		? {
				period: sources.ep.release,
				employmentStart: thousands(projection['Employment, 2024']),
				employmentEnd: thousands(projection['Employment, 2034']),
				change: thousands(projection['Employment change, numeric, 2024–34']),
				changePercent: projection['Employment change, percent, 2024–34'],
				annualOpenings: thousands(projection['Occupational openings, 2024–34 annual average']),
				citation: cite('ep', `${projectionCode} ${projectionTitle}`),
			}
		: null;
	const education = projection?.['Typical education needed for entry'];
	const experience = projection?.['Work experience in a related occupation'];
	const training = projection?.['Typical on-the-job training needed to attain competency in the occupation'];
	const entry: PayAndOutlook['entry'] =
		education && experience && training && ![education, experience, training].includes('—')
			? { education, experience, training, citation: cite('ep', `${projectionCode} ${projectionTitle}`) }
			: null;

	if (!wages && !outlook && !entry) return undefined;
	return {
		soc,
		occupation,
		wholeOccupation: group !== null || !namesOccupation(role, occupation),
		group,
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

export { formatChange, formatCount, formatWage, headlineWage } from './pay-format.ts';

/** What the figures cover, in one or two sentences, for the page and the exports. */
export function payScope(title: string, pay: PayAndOutlook): string[] {
	const scope = [`US national figures for the occupation ${pay.occupation} (SOC ${pay.soc}).`];
	if (pay.group)
		scope.push(
			`BLS publishes it only together with related occupations, so the figures are for ${pay.group.title} (SOC ${pay.group.soc}).`,
		);
	else if (pay.wholeOccupation)
		scope.push(`The figures are for the whole occupation, which is wider than the ${title} role.`);
	scope.push('Pay varies by location, level of experience and employer.');
	return scope;
}

/** The figures as label and text, in the panel's order, with every source: for the exports. */
export function payFacts(pay: PayAndOutlook): { facts: [string, string][]; sources: string[] } {
	const facts: [string, string][] = [];
	const sources: string[] = [];
	const headline = headlineWage(pay);
	const { wages, outlook, entry, jobZone } = pay;
	if (wages) {
		if (headline) {
			const hourly = headline.kind === 'annual' ? wages.hourly?.median : undefined;
			facts.push([
				'Median pay',
				`${formatWage(headline.wage, headline.kind)} ${headline.kind === 'annual' ? 'a year' : 'an hour'}${hourly ? ` (${formatWage(hourly, 'hourly')} an hour)` : ''}`,
			]);
			const range = headline.kind === 'annual' ? wages.annual : wages.hourly;
			if (range?.p10 && range.p90)
				facts.push([
					'10th to 90th percentile',
					`${formatWage(range.p10, headline.kind)} to ${formatWage(range.p90, headline.kind)} ${headline.kind === 'annual' ? 'a year' : 'an hour'}`,
				]);
		}
		if (wages.employment !== null) facts.push(['People employed', formatCount(wages.employment)]);
		sources.push(wages.citation.text);
	}
	if (outlook) {
		const jobs = `${outlook.change >= 0 ? '+' : '−'}${formatCount(Math.abs(outlook.change))} jobs`;
		facts.push([`Projected change in jobs, ${outlook.period}`, `${formatChange(outlook.changePercent)} (${jobs})`]);
		facts.push(['Openings a year, on average', formatCount(outlook.annualOpenings)]);
		sources.push(outlook.citation.text);
	}
	if (entry) {
		facts.push(['Typical education', entry.education]);
		facts.push(['Work experience in a related job', entry.experience]);
		facts.push(['On-the-job training', entry.training]);
		if (!sources.includes(entry.citation.text)) sources.push(entry.citation.text);
	}
	if (jobZone) {
		facts.push(['O*NET Job Zone', `${jobZone.zone} of 5: ${jobZoneName(jobZone.name)}`]);
		sources.push(jobZone.citation.text);
	}
	return { facts, sources };
}

/** "Job Zone Four: Considerable Preparation Needed" → "considerable preparation needed". */
export const jobZoneName = (name: string) => name.replace(/^Job Zone \w+: /, '').toLocaleLowerCase('en');

/** Roles with projections, fastest-growing occupation first; ties by title, for reproducible builds. */
export function fastestGrowing<Role extends { data: RoleLike & { title: string } }>(
	roles: readonly Role[],
	data: OccupationData = occupationData(),
): { role: Role; pay: PayAndOutlook }[] {
	return roles
		.flatMap((role) => {
			const pay = payFor(role.data, data);
			return pay?.outlook ? [{ role, pay, change: pay.outlook.changePercent }] : [];
		})
		.sort((a, b) => b.change - a.change || a.role.data.title.localeCompare(b.role.data.title, 'en'))
		.map(({ role, pay }) => ({ role, pay }));
}
