import { describe, expect, it } from 'vitest';
import { formatDate, roleCount } from './format';

describe('formatDate', () => {
	it('formats in UTC whatever the machine time zone', () => {
		expect(formatDate(new Date('2026-11-25'))).toBe('November 25, 2026');
	});
});

describe('roleCount', () => {
	it('says role for one and roles otherwise', () => {
		expect([0, 1, 2].map(roleCount)).toEqual(['0 roles', '1 role', '2 roles']);
	});
});
