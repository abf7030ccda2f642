import { describe, expect, it } from 'vitest';
import { clean, fromUrl, initialState, saveFields, shareUrl } from './customize';

const all = ['company', 'location', 'years'] as const;

describe('customize values', () => {
	it('accepts years from 0 to 50 and nothing else, however they arrive', () => {
		expect(clean({ years: '50' })).toEqual({ years: '50' });
		expect(clean({ years: '0' })).toEqual({ years: '0' });
		for (const years of ['60', '51', '-1', '2.5', 'ten', '007x']) expect(clean({ years }), years).toEqual({});
		expect(fromUrl('?years=60&company=Acme')).toEqual({ company: 'Acme' });
	});

	it('keeps only the fields the role uses', () => {
		expect(fromUrl('?company=Acme&location=Leeds&years=4', ['years'])).toEqual({ years: '4' });
	});
});

describe('a shared link', () => {
	const saved = { company: 'My Co', location: 'York', years: '2' };

	it('shows the version as the sender made it, not mixed with the visitor’s saved details', () => {
		expect(initialState('?company=Their+Co', saved, all)).toEqual({ shown: { company: 'Their Co' }, shared: true });
	});

	it('without values in the link, shows the visitor’s saved details for the fields the role uses', () => {
		expect(initialState('?utm_source=mail', saved, ['company', 'years'])).toEqual({
			shown: { company: 'My Co', years: '2' },
			shared: false,
		});
	});

	it('saving one role’s fields keeps the details other roles use', () => {
		expect(saveFields(saved, { years: '5' }, ['years'])).toEqual({ company: 'My Co', location: 'York', years: '5' });
		expect(saveFields(saved, {}, ['company', 'years'])).toEqual({ location: 'York' });
	});

	it('links carry the values, and clearing them leaves no empty parameters behind', () => {
		const page = 'https://example.org/roles/plumber/?company=Their+Co&ref=x#duties';
		expect(shareUrl({ company: 'Acme', years: '3' }, page)).toBe(
			'https://example.org/roles/plumber/?ref=x&company=Acme&years=3',
		);
		expect(shareUrl({}, page)).toBe('https://example.org/roles/plumber/?ref=x');
		expect(shareUrl({}, 'https://example.org/roles/plumber/?company=')).toBe('https://example.org/roles/plumber/');
	});
});
