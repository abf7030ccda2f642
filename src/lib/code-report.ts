/**
 * What `npm run data:check` reports about roles' occupation codes: codes the official lists do
 * not know (errors), codes whose official titles look unlike the role (for a person to judge),
 * ISCO groups the crosswalk does not link to the SOC code, and roles without codes with
 * suggestions. Pure, so tests can feed it fixtures.
 */
import type { RoleData } from '../schemas/role.ts';
import { findCodeProblems, type LibraryProblem } from './library-checks.ts';
import { knownCodes, type OccupationData } from './occupation-data.ts';
import { payForCode } from './pay.ts';
import { titleKey, titleSimilarity } from './title-words.ts';

export interface ReportRole {
	id: string;
	filePath: string;
	data: Pick<RoleData, 'title' | 'alternateTitles' | 'codes'>;
}

export interface TitleMismatch {
	file: string;
	role: string;
	soc: string;
	occupation: string;
	/** The official or alternate title closest to the role's titles, and how close (0–1). */
	closest: string;
	similarity: number;
}

export interface IscoMismatch {
	file: string;
	role: string;
	soc: string;
	isco: string;
	iscoTitle: string;
	suggestions: string[];
}

export interface MissingCodes {
	file: string;
	role: string;
	missing: ('soc' | 'isco')[];
	suggestions: string[];
}

export interface WithoutFigures {
	file: string;
	role: string;
	soc: string;
	/** Codes BLS publishes in the same broad group that O*NET does not use: BLS's own combinations. */
	suggestions: string[];
}

export interface CodeReport {
	errors: LibraryProblem[];
	titleMismatches: TitleMismatch[];
	iscoMismatches: IscoMismatch[];
	missing: MissingCodes[];
	/** Valid codes for which BLS publishes no wages, so the role page has no pay figures. */
	withoutFigures: WithoutFigures[];
}

/** Below this word overlap between every role title and every official title, a person should look. */
export const TITLE_SIMILARITY_FLOOR = 0.34;

function closestTitle(roleTitles: string[], official: string[]): { title: string; similarity: number } {
	let best = { title: official[0] ?? '', similarity: 0 };
	for (const roleTitle of roleTitles)
		for (const title of official) {
			const similarity = titleSimilarity(roleTitle, title);
			if (similarity > best.similarity) best = { title, similarity };
		}
	return best;
}

/** SOC codes whose official or O*NET titles match one of the role's titles exactly (by words). */
function socSuggestions(role: ReportRole, data: OccupationData): string[] {
	const roleKeys = new Set([role.data.title, ...role.data.alternateTitles].map(titleKey));
	const found = new Map<string, string>();
	const consider = (soc: string, title: string) => {
		if (roleKeys.has(titleKey(title)) && !found.has(soc))
			found.set(soc, data.oews.get(soc)?.OCC_TITLE ?? data.onetTitles.get(soc) ?? title);
	};
	for (const [soc, title] of data.onetTitles) consider(soc, title);
	for (const [soc, titles] of data.onetSearchTitles) for (const title of titles) consider(soc, title);
	return [...found].slice(0, 5).map(([soc, title]) => `SOC ${soc} ${title}`);
}

const iscoSuggestions = (soc: string, data: OccupationData) =>
	(data.crosswalk.get(soc) ?? []).map(({ isco, title }) => `ISCO ${isco} ${title}`);

export function codeReport(roles: ReportRole[], data: OccupationData): CodeReport {
	const report: CodeReport = {
		errors: findCodeProblems(roles, knownCodes(data)),
		titleMismatches: [],
		iscoMismatches: [],
		missing: [],
		withoutFigures: [],
	};
	const broken = new Set(report.errors.map((error) => `${error.file} ${error.field}`));
	for (const role of roles) {
		const { title, alternateTitles, codes } = role.data;
		const file = role.filePath;
		const soc = codes?.soc && !broken.has(`${file} codes.soc`) ? codes.soc : undefined;
		const isco = codes?.isco && !broken.has(`${file} codes.isco`) ? codes.isco : undefined;
		if (soc) {
			const occupation = data.oews.get(soc)?.OCC_TITLE ?? data.onetTitles.get(soc) ?? soc;
			const official = [occupation, data.onetTitles.get(soc), ...(data.onetSearchTitles.get(soc) ?? [])].filter(
				(value): value is string => Boolean(value),
			);
			const closest = closestTitle([title, ...alternateTitles], official);
			if (closest.similarity < TITLE_SIMILARITY_FLOOR)
				report.titleMismatches.push({
					file,
					role: title,
					soc,
					occupation,
					closest: closest.title,
					similarity: closest.similarity,
				});
		}
		if (soc && !payForCode(soc, role.data, data)?.wages) {
			const group = soc.slice(0, 6);
			const suggestions = [...data.oews.values()]
				.filter(
					(row) => row.O_GROUP === 'detailed' && row.OCC_CODE.startsWith(group) && !data.onetTitles.has(row.OCC_CODE),
				)
				.map((row) => `SOC ${row.OCC_CODE} ${row.OCC_TITLE}`);
			report.withoutFigures.push({ file, role: title, soc, suggestions });
		}
		if (soc && isco) {
			const links = data.crosswalk.get(soc) ?? [];
			// Three-digit links cover every unit group beneath them.
			// ESCO files some jobs elsewhere than the crosswalk (a barista under 5132 Bartenders):
			// an ESCO occupation of that group named like the role settles it.
			const escoNamesRole = (data.escoLabels.get(isco) ?? []).some((label) =>
				[title, ...alternateTitles].some((roleTitle) => titleSimilarity(roleTitle, label) >= 0.5),
			);
			if (links.length > 0 && !escoNamesRole && !links.some((link) => isco.startsWith(link.isco)))
				report.iscoMismatches.push({
					file,
					role: title,
					soc,
					isco,
					iscoTitle: data.iscoGroups.get(isco) ?? '',
					suggestions: iscoSuggestions(soc, data),
				});
		}
		const missing = [...(codes?.soc ? [] : (['soc'] as const)), ...(codes?.isco ? [] : (['isco'] as const))];
		if (missing.length > 0) {
			const suggestions = soc ? iscoSuggestions(soc, data) : socSuggestions(role, data);
			if (!soc && missing.includes('isco')) {
				// Each ISCO group once, through the first suggested SOC code that links to it.
				const seen = new Set<string>();
				for (const code of suggestions.map((suggestion) => suggestion.split(' ')[1]!))
					for (const link of data.crosswalk.get(code) ?? [])
						if (!seen.has(link.isco)) {
							seen.add(link.isco);
							suggestions.push(`ISCO ${link.isco} ${link.title} (via ${code})`);
						}
			}
			report.missing.push({ file, role: title, missing, suggestions });
		}
	}
	return report;
}
