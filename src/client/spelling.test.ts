// cspell:ignore registerednurse — misspellings and fragments the tests and the corrector work with
// Misspellings on purpose: the typo correction is what is tested.
// cspell:ignore registerednurse nurce acountant recpetionist registred electrican barternder phlebot recepcionist
import { describe, expect, it } from 'vitest';
import { correctQuery, editDistance, matchedWords } from './spelling';

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

	it('splits two title words run together', () => {
		expect(correctQuery('registerednurse', vocabulary)).toBe('registered nurse');
	});

	it('prefers the word the typo leaves letters out of', () => {
		expect(correctQuery('electrican', [...vocabulary, 'electrical'])).toBe('electrician');
	});

	it('gives up when nothing is close', () => {
		expect(correctQuery('astronaut', vocabulary)).toBeUndefined();
	});
});

describe('matchedWords', () => {
	it('counts a word Pagefind found under another ending', () => {
		const excerpts = ['<mark>Nurse</mark> and <mark>editor</mark>, <mark>sourcing</mark>'];
		expect(matchedWords('nurses editing sourcer', excerpts)).toEqual(new Set(['nurses', 'editing', 'sourcer']));
	});

	it('counts a query word Pagefind highlighted, or the start of one', () => {
		const excerpts = ['Cleans and disinfects <mark>phlebotomy</mark> chairs', 'Also known as <mark>Nurse</mark>'];
		expect(matchedWords('phlebot nurse', excerpts)).toEqual(new Set(['phlebot', 'nurse']));
	});

	it('does not count loose matches on a shorter word the query starts with', () => {
		const excerpts = ['<mark>Re-route</mark> or <mark>re-assign</mark> loads', 'using <mark>PLU</mark> codes'];
		expect(matchedWords('recepcionist plummer', excerpts)).toEqual(new Set());
		expect(matchedWords('electrican', ['<mark>Electrical</mark> engineer'])).toEqual(new Set());
		expect(matchedWords('registred', ['<mark>Registration</mark> desk'])).toEqual(new Set());
	});

	it('lets correctQuery keep a word the search really found, even when it is not a title word', () => {
		expect(correctQuery('phlebotomy', vocabulary, new Set(['phlebotomy']))).toBeUndefined();
		expect(correctQuery('plummer', [...vocabulary, 'plumber'], new Set())).toBe('plumber');
	});
});
