import { describe, expect, it } from 'vitest';
import { correctQuery, editDistance } from './spelling';

const vocabulary = [
	'registered',
	'nurse',
	'receptionist',
	'accountant',
	'bartender',
	'waitress',
	'electrician',
	'developer',
];

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps', () => {
		expect(editDistance('nurse', 'nurse')).toBe(0);
		expect(editDistance('nurce', 'nurse')).toBe(1);
		expect(editDistance('acountant', 'accountant')).toBe(1);
		expect(editDistance('recpetionist', 'receptionist')).toBe(1);
	});
});

describe('correctQuery', () => {
	it('corrects misspelt words to the closest title word', () => {
		expect(correctQuery('registred nurce', vocabulary)).toBe('registered nurse');
		expect(correctQuery('electrican', vocabulary)).toBe('electrician');
		expect(correctQuery('barternder', vocabulary)).toBe('bartender');
	});

	it('leaves known words and prefixes alone', () => {
		expect(correctQuery('nurse', vocabulary)).toBeUndefined();
		expect(correctQuery('develop', vocabulary)).toBeUndefined();
	});

	it('gives up when nothing is close', () => {
		expect(correctQuery('astronaut', vocabulary)).toBeUndefined();
	});
});
