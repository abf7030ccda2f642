/**
 * How pay and outlook figures read, apart from where they come from (pay.ts reads the data files
 * with Node), so the browser can format them too (/compare/).
 */
import type { PayAndOutlook, Wage } from '../schemas/pay.ts';

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
