import { site } from '../site.config';
import { fillPlaceholders } from '../schemas/placeholders';
import type { RoleData } from '../schemas/role';
import { absoluteUrl } from './head';
import type { PayAndOutlook, Percentiles } from './pay';
import { SEARCH_URL } from './urls';

/**
 * schema.org data for search engines. Roles are Occupations, never JobPostings: these pages are
 * templates, not openings, and JobPosting markup on them breaks search engines' guidelines.
 */

/** Text for machines: placeholders filled with neutral words rather than braces. */
const neutral = (text: string, years: number) =>
	fillPlaceholders(text, { years: String(years), company: 'the company', location: 'the job location' });

export function breadcrumbJsonLd(items: { name: string; path: string }[]) {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: item.name,
			item: absoluteUrl(item.path),
		})),
	};
}

/**
 * The classifications Rolebook codes roles in, as schema.org CategoryCodeSets: a CategoryCode names
 * its set with inCodeSet (codingSystem belongs to MedicalCode only).
 */
export const CODE_SETS = {
	soc: { '@type': 'CategoryCodeSet', name: 'SOC 2018', url: 'https://www.bls.gov/soc/2018/' },
	isco: {
		'@type': 'CategoryCodeSet',
		name: 'ISCO-08',
		url: 'https://www.ilo.org/public/english/bureau/stat/isco/isco08/',
	},
} as const;

/**
 * OEWS percentiles as schema.org's MonetaryAmountDistribution. A top-coded figure ("$239,200 or
 * more") is not a number the distribution can carry, so it is left out rather than understated.
 */
function salaryDistribution(percentiles: Percentiles, duration: 'P1Y' | 'PT1H', source: string) {
	const value = (wage: Percentiles['median']) => (wage && !wage.atLeast ? wage.value : undefined);
	const figures = {
		percentile10: value(percentiles.p10),
		percentile25: value(percentiles.p25),
		median: value(percentiles.median),
		percentile75: value(percentiles.p75),
		percentile90: value(percentiles.p90),
	};
	return {
		'@type': 'MonetaryAmountDistribution',
		name: 'base',
		description: `US national, ${source}`,
		currency: 'USD',
		duration,
		...Object.fromEntries(Object.entries(figures).filter(([, figure]) => figure !== undefined)),
	};
}

/** estimatedSalary for an Occupation: yearly pay, or hourly where BLS publishes hourly only. */
export function estimatedSalary(pay: PayAndOutlook | undefined) {
	const wages = pay?.wages;
	if (!wages) return undefined;
	if (!wages.hourlyOnly && wages.annual) return [salaryDistribution(wages.annual, 'P1Y', wages.citation.text)];
	if (wages.hourly) return [salaryDistribution(wages.hourly, 'PT1H', wages.citation.text)];
	return undefined;
}

export function occupationJsonLd(role: {
	data: RoleData;
	path: string;
	departmentName: string;
	pay?: PayAndOutlook | undefined;
}) {
	const { data, pay } = role;
	const years = data.experienceYears;
	const categories = (['soc', 'isco'] as const).flatMap((set) => {
		const codeValue = data.codes?.[set];
		if (!codeValue) return [];
		const name = set === 'soc' && pay?.soc === codeValue ? { name: pay.occupation } : {};
		return [{ '@type': 'CategoryCode', codeValue, ...name, inCodeSet: CODE_SETS[set] }];
	});
	const salary = estimatedSalary(pay);
	return {
		'@context': 'https://schema.org',
		'@type': 'Occupation',
		name: data.title,
		alternateName: data.alternateTitles,
		description: data.summary,
		occupationalCategory: categories.length > 0 ? categories : data.title,
		responsibilities: data.duties.map((duty) => neutral(duty, years)),
		skills: data.skills.map((skill) => neutral(skill, years)),
		qualifications: data.requirements.map((requirement) => neutral(requirement, years)),
		educationRequirements: neutral(data.education, years),
		experienceRequirements: {
			'@type': 'OccupationalExperienceRequirements',
			monthsOfExperience: years * 12,
		},
		...(salary ? { estimatedSalary: salary, occupationLocation: [{ '@type': 'Country', name: 'United States' }] } : {}),
		mainEntityOfPage: {
			'@type': 'WebPage',
			'@id': absoluteUrl(role.path),
			lastReviewed: data.updated.toISOString().slice(0, 10),
			about: { '@type': 'Thing', name: role.departmentName },
		},
	};
}

export function faqPageJsonLd(faqs: RoleData['faqs']) {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		mainEntity: faqs.map(({ question, answer }) => ({
			'@type': 'Question',
			name: question,
			acceptedAnswer: { '@type': 'Answer', text: answer },
		})),
	};
}

export function websiteJsonLd() {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: site.name,
		description: site.description,
		url: absoluteUrl('/'),
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(SEARCH_URL)}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}
