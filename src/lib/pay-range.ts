/**
 * The pay range a visitor adds in the role page's customizer, and how copy, downloads and share
 * links write it ("Pay range: $85,000–$110,000 per year"). Runs in the browser; the laws that ask
 * for a range are in pay-laws.ts, loaded only when a location is typed.
 */

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD'] as const;
export const PERIODS = { year: 'per year', hour: 'per hour' } as const;
export type Currency = (typeof CURRENCIES)[number];
export type Period = keyof typeof PERIODS;

import { PAY_FIELDS, PAY_STORAGE_KEY, type PayField, type PayValues } from './pay-fields';

export { PAY_FIELDS, type PayField, type PayValues };

/** Larger amounts are typing mistakes, not pay. */
export const MAX_PAY = 100_000_000;

/** An amount as typed ("85000", "85,000", "42.50"), or undefined when it is not one. */
export function parseAmount(value: string | undefined): number | undefined {
	const text = value?.trim().replace(/[,\s]/g, '');
	if (!text || !/^\d+(?:\.\d{1,2})?$/.test(text)) return undefined;
	const amount = Number(text);
	return amount > 0 && amount <= MAX_PAY ? amount : undefined;
}

/**
 * The one check pay values pass, typed, saved or read from a link: amounts as plain numbers,
 * currency and period from their lists; anything else is dropped.
 */
export function cleanPay(values: Record<string, unknown>): PayValues {
	const text = (name: PayField) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
	const result: PayValues = {};
	for (const name of ['payMin', 'payMax'] as const) {
		const amount = parseAmount(text(name));
		if (amount !== undefined) result[name] = String(amount);
	}
	const currency = text('currency');
	if ((CURRENCIES as readonly string[]).includes(currency ?? '')) result.currency = currency!;
	const period = text('period');
	if (period && Object.hasOwn(PERIODS, period)) result.period = period;
	return result;
}

export type PayProblem = 'min-above-max';

/** What is wrong with the pay typed, if anything a visitor must fix. */
export function payProblem(pay: PayValues): PayProblem | undefined {
	const min = parseAmount(pay.payMin);
	const max = parseAmount(pay.payMax);
	return min !== undefined && max !== undefined && min > max ? 'min-above-max' : undefined;
}

/** Both ends of a range show cents when either has them: "$22.50–$28.00". */
const money = (amount: number, currency: Currency, cents: boolean) =>
	new Intl.NumberFormat('en-US', {
		style: 'currency',
		currency,
		maximumFractionDigits: cents ? 2 : 0,
		minimumFractionDigits: cents ? 2 : 0,
	}).format(amount);

/**
 * The line copy, downloads and the page show: "Pay range: $85,000–$110,000 per year",
 * "Pay: $85,000 per year", "Pay: from $85,000 per year", "Pay: up to $110,000 per year";
 * undefined when no amount is given or the minimum is above the maximum.
 */
export function payRangeText(pay: PayValues): string | undefined {
	const min = parseAmount(pay.payMin);
	const max = parseAmount(pay.payMax);
	if ((min === undefined && max === undefined) || payProblem(pay)) return undefined;
	const currency = (CURRENCIES as readonly string[]).includes(pay.currency ?? '') ? (pay.currency as Currency) : 'USD';
	const cents = [min, max].some((amount) => amount !== undefined && !Number.isInteger(amount));
	const format = (amount: number) => money(amount, currency, cents);
	const period = PERIODS[pay.period && Object.hasOwn(PERIODS, pay.period) ? (pay.period as Period) : 'year'];
	if (min !== undefined && max !== undefined)
		return min === max ? `Pay: ${format(min)} ${period}` : `Pay range: ${format(min)}–${format(max)} ${period}`;
	return min !== undefined ? `Pay: from ${format(min)} ${period}` : `Pay: up to ${format(max!)} ${period}`;
}

/**
 * The job description with the pay line after its title and summary (the first two blocks), as
 * copy, downloads and the checker carry it; unchanged when there is no pay line.
 */
export function withPayLine(text: string, line: string | undefined): string {
	if (!line) return text;
	const blocks = text.split(/\n\n/);
	blocks.splice(Math.min(2, blocks.length), 0, line);
	return blocks.join('\n\n');
}

/**
 * The pay a visitor saved for one role. Pay belongs to a job, so unlike the company and location
 * it is kept per role and never offered on another role's page.
 */
export function loadPay(slug: string): PayValues {
	try {
		const saved = JSON.parse(localStorage.getItem(PAY_STORAGE_KEY) ?? '{}') as Record<string, unknown>;
		const pay = saved[slug];
		return pay && typeof pay === 'object' ? cleanPay(pay as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

export function storePay(slug: string, pay: PayValues): void {
	try {
		const saved = JSON.parse(localStorage.getItem(PAY_STORAGE_KEY) ?? '{}') as Record<string, PayValues>;
		if (Object.keys(cleanPay(pay)).some((name) => name === 'payMin' || name === 'payMax')) saved[slug] = cleanPay(pay);
		else delete saved[slug];
		if (Object.keys(saved).length === 0) localStorage.removeItem(PAY_STORAGE_KEY);
		else localStorage.setItem(PAY_STORAGE_KEY, JSON.stringify(saved));
	} catch {
		// Storage may be disabled or hold something else; the pay still applies to this page.
	}
}
