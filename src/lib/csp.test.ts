import { describe, expect, it } from 'vitest';
import { blockedInlineScripts, inlineScripts, scriptHash } from './csp';
import { HEAD_SCRIPT } from './head-script';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('inline scripts and the Content-Security-Policy', () => {
	it('finds executable inline scripts, not JSON-LD or external files', () => {
		const html = page(
			`<script type="application/ld+json">{"a":1}</script><script src="/a.js"></script><script>one()</script><script type="module">two()</script>`,
		);
		expect(inlineScripts(html)).toEqual(['one()', 'two()']);
	});

	it('takes no script from text: attribute values, comments, styles', () => {
		const html = page(
			`<h1 data-title="<script>alert(1)</script>">&lt;script&gt;</h1><!-- <script>x()</script> --><style>a::after{content:"<script>"}</style><script>real()</script>`,
		);
		expect(inlineScripts(html)).toEqual(['real()']);
	});

	it('reports an inline script whose hash the policy does not list', () => {
		const html = page(`<script>${HEAD_SCRIPT}</script>`);
		expect(blockedInlineScripts(html, "default-src 'self'; script-src 'self' 'sha256-AAAA'")).toEqual([
			scriptHash(HEAD_SCRIPT),
		]);
		expect(blockedInlineScripts(html, `default-src 'self'; script-src 'self' '${scriptHash(HEAD_SCRIPT)}'`)).toEqual(
			[],
		);
	});

	it('hashes like the browser does (the value Chromium prints in a CSP violation)', () => {
		expect(scriptHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
	});
});
