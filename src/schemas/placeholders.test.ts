import { describe, expect, it } from 'vitest';
import {
	YEARS_RANGE,
	fillPlaceholders,
	placeholderDefaults,
	placeholdersUsed,
	splitPlaceholders,
	textsOf,
	unknownPlaceholders,
	validYears,
} from './placeholders';

describe('placeholders', () => {
	it('splits text into literals and allowed placeholders', () => {
		expect(splitPlaceholders('{years}+ years at {company} in {location}.')).toEqual([
			{ placeholder: 'years' },
			'+ years at ',
			{ placeholder: 'company' },
			' in ',
			{ placeholder: 'location' },
			'.',
		]);
	});

	it('leaves unknown tokens as literal text', () => {
		expect(splitPlaceholders('Pay: {salary}')).toEqual(['Pay: {salary}']);
	});

	it('names unknown placeholders, including empty braces', () => {
		expect(unknownPlaceholders('At {company} earn {salary} {} {Years}')).toEqual(['{salary}', '{}', '{Years}']);
	});

	it('fills known placeholders and keeps ones without a value', () => {
		expect(fillPlaceholders('{years}+ years at {company} in {location}', { years: '5', company: 'Acme' })).toBe(
			'5+ years at Acme in {location}',
		);
	});

	it("reads as the page does by default: the role's years and bracketed names", () => {
		expect(fillPlaceholders('{years}+ years at {company} in {location}', placeholderDefaults(3))).toBe(
			'3+ years at [Company name] in [Location]',
		);
	});
});

describe('placeholdersUsed', () => {
	it('lists the placeholders a role’s texts use, so the customizer offers only those fields', () => {
		expect(placeholdersUsed(['{years}+ years', 'Travel around {location}'])).toEqual(['location', 'years']);
		expect(placeholdersUsed(['No placeholders here', 'Pay: {salary}'])).toEqual([]);
		const role = { duties: ['Lead'], workEnvironment: { schedule: 'Travel around {location}' }, updated: new Date() };
		expect(placeholdersUsed(textsOf(role))).toEqual(['location']);
	});
});

describe('validYears', () => {
	it('is the one range every field, link and saved value is checked against', () => {
		expect(validYears(String(YEARS_RANGE.max))).toBe(true);
		expect(validYears(String(YEARS_RANGE.max + 10))).toBe(false);
		expect(validYears('')).toBe(false);
	});
});
