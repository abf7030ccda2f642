import { describe, expect, it } from 'vitest';
import laws from '../../data/pay-transparency.json';
import { payLawsFor, payWarnings } from './pay-laws';
import { cleanPay, payRangeText, withPayLine } from './pay-range';

describe('payRangeText', () => {
	it.each([
		[{ payMin: '85000', payMax: '110000' }, 'Pay range: $85,000–$110,000 per year'],
		[{ payMin: '85,000', payMax: '110,000', currency: 'EUR' }, 'Pay range: €85,000–€110,000 per year'],
		[{ payMin: '22.5', payMax: '28', period: 'hour' }, 'Pay range: $22.50–$28.00 per hour'],
		[{ payMin: '50000' }, 'Pay: from $50,000 per year'],
		[{ payMax: '60000', currency: 'GBP' }, 'Pay: up to £60,000 per year'],
		[{ payMin: '50000', payMax: '50000' }, 'Pay: $50,000 per year'],
		[{ payMin: '90000', payMax: '80000' }, undefined],
		[{}, undefined],
	])('%o reads %s', (pay, text) => {
		expect(payRangeText(pay)).toBe(text);
	});
});

describe('cleanPay', () => {
	it('keeps only numbers and listed currencies and periods', () => {
		expect(
			cleanPay({ payMin: '<b>85000</b>', payMax: '110000', currency: 'XSS"><script>', period: 'fortnight' }),
		).toEqual({ payMax: '110000' });
		expect(cleanPay({ payMin: '1e9', payMax: '-5', currency: 'EUR', period: 'hour' })).toEqual({
			currency: 'EUR',
			period: 'hour',
		});
	});
});

describe('pay transparency laws', () => {
	it('every rule names its requirement, an https source and the date it was checked', () => {
		for (const rule of laws.rules) {
			expect(rule.requirement.length, rule.jurisdiction).toBeGreaterThan(40);
			expect(rule.source, rule.jurisdiction).toMatch(/^https:\/\//);
			expect(rule.checked, rule.jurisdiction).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it.each([
		['Denver, CO', ['Colorado']],
		['San Francisco, California', ['California']],
		['Seattle, WA', ['Washington']],
		['Washington, DC', []],
		['Albany, NY', ['New York State']],
		['Brooklyn, New York', ['New York State', 'New York City']],
		['Chicago, IL', ['Illinois']],
		['Berlin, Germany', ['European Union']],
		['Austin, TX', []],
		['London, UK', []],
	])('%s → %o', (location, jurisdictions) => {
		expect(payLawsFor(location).map((law) => law.jurisdiction)).toEqual(jurisdictions);
	});

	it('warns where a law applies until both ends of a range are given', () => {
		expect(payWarnings('Denver, CO', {}).map((law) => law.jurisdiction)).toEqual(['Colorado']);
		expect(payWarnings('Denver, CO', { payMin: '50000' })).toHaveLength(1);
		expect(payWarnings('Denver, CO', { payMin: '50000', payMax: '60000' })).toEqual([]);
		expect(payWarnings('Austin, TX', {})).toEqual([]);
	});
});

describe('withPayLine', () => {
	it('puts the pay line after the title and summary', () => {
		expect(withPayLine('# Nurse\n\nCares for patients.\n\n## Duties', 'Pay range: $1–$2 per hour')).toBe(
			'# Nurse\n\nCares for patients.\n\nPay range: $1–$2 per hour\n\n## Duties',
		);
		expect(withPayLine('# Nurse\n\nCares.', undefined)).toBe('# Nurse\n\nCares.');
	});
});
