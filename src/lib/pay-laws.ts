/**
 * The pay transparency laws (data/pay-transparency.json) that ask for a pay range where a job is,
 * for the customizer's warning. Guidance, not legal advice: each law names its source and the
 * date it was checked.
 */
import laws from '../../data/pay-transparency.json';
import { parseAmount, payProblem, type PayValues } from './pay-range';

/** A pay transparency law, as data/pay-transparency.json records it. */
export interface PayLaw {
	jurisdiction: string;
	requirement: string;
	source: string;
	checked: string;
}

const RULES = laws.rules.map((rule) => ({
	...rule,
	patterns: rule.locations.map((pattern) => new RegExp(pattern, 'i')),
}));

/** The laws that apply where `location` is, in the data file's order. */
export function payLawsFor(location: string | undefined): PayLaw[] {
	if (!location?.trim()) return [];
	return RULES.filter(({ patterns }) => patterns.some((pattern) => pattern.test(location))).map(
		({ jurisdiction, requirement, source, checked }) => ({ jurisdiction, requirement, source, checked }),
	);
}

/**
 * The laws the customized job may break: those where the job is, when no pay is given or only
 * one end of a range ("from $50,000" is open-ended, which these laws do not accept).
 */
export function payWarnings(location: string | undefined, pay: PayValues): PayLaw[] {
	const complete = parseAmount(pay.payMin) !== undefined && parseAmount(pay.payMax) !== undefined && !payProblem(pay);
	return complete ? [] : payLawsFor(location);
}
