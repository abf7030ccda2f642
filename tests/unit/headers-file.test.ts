import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';

const file = `/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Frame-Options: DENY

# Fingerprinted files
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('_headers as the local server applies it', () => {
	const rules = parseHeadersFile(file);

	it('gives every path the site-wide headers', () => {
		expect(headersFor(rules, '/roles/nurse/')).toEqual({
			'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
			'X-Frame-Options': 'DENY',
		});
	});

	it('adds the headers of narrower patterns', () => {
		expect(headersFor(rules, '/_astro/page.abc123.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/roles/nurse/')['Cache-Control']).toBeUndefined();
	});

	it('rejects a header line that is not under a path', () => {
		expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/not "Name: value" under a path/);
	});
});
