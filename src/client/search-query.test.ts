// cspell:ignore recepcionist sourcre — misspellings and fragments the tests and the corrector work with
import { describe, expect, it } from 'vitest';
import { compoundsOf, coverage, mergeResults, namedFirst, otherSpelling } from './search-query';

describe('compoundsOf', () => {
	it('finds words the library writes both solid and apart, but not hyphenated ones Pagefind already reads', () => {
		const titles = [
			'Help Desk Technician',
			'Helpdesk Analyst',
			'Front-end Developer',
			'Front End Cashier',
			'The Rapist',
		];
		expect(compoundsOf(titles)).toEqual(['help desk']);
	});
});

describe('otherSpelling', () => {
	const compounds = ['health care', 'help desk'];
	it('splits a solid compound and joins an open one', () => {
		expect(otherSpelling('helpdesk analyst', compounds)).toBe('help desk analyst');
		expect(otherSpelling('Health Care aide', compounds)).toBe('healthcare aide');
	});
	it('leaves a query without compounds alone', () => {
		expect(otherSpelling('registered nurse', compounds)).toBeUndefined();
	});
});

describe('mergeResults', () => {
	it('keeps each page once, at its best score, best first', () => {
		const merged = mergeResults([
			[
				{ id: 'a', score: 2 },
				{ id: 'b', score: 1 },
			],
			[
				{ id: 'b', score: 5 },
				{ id: 'c', score: 0.5 },
			],
		]);
		expect(merged).toEqual([
			{ id: 'b', score: 5 },
			{ id: 'a', score: 2 },
			{ id: 'c', score: 0.5 },
		]);
	});
});

describe('coverage', () => {
	it('says whether all, some or none of the deciding words were found', () => {
		expect(coverage('talent sourcer', new Set(['talent', 'sourcer']))).toBe('all');
		expect(coverage('talent sourcre', new Set(['talent']))).toBe('some');
		expect(coverage('recepcionist', new Set())).toBe('none');
		// Words of two letters or fewer do not decide.
		expect(coverage('rn', new Set())).toBe('all');
	});
});

describe('namedFirst', () => {
	const results = [
		{ title: 'Staff Accountant', text: 'Staff Accountant Job Description. Also known as: Junior Accountant.' },
		{ title: 'Senior Accountant', text: 'Senior Accountant Job Description. Also known as: Lead Accountant.' },
		{ title: 'Accountant', text: 'Accountant Job Description. Also known as: Public Accountant.' },
		{ title: 'Bookkeeper', text: 'Bookkeeper Job Description. Also known as: Accounting Clerk, Accounts Clerk.' },
	];
	it('puts the role titled as the query first, then roles with it as another name', () => {
		expect(namedFirst('accountants', results)).toEqual({ order: [2, 0, 1, 3], named: true });
		expect(namedFirst('Accounting Clerk', results)).toEqual({ order: [3, 0, 1, 2], named: true });
	});
	it('keeps the ranking when no result is named as the query', () => {
		expect(namedFirst('ledger', results)).toEqual({ order: [0, 1, 2, 3], named: false });
	});
});
