import { describe, expect, it } from 'vitest';
import { blockedInlineCode, inlineScripts, mergePolicies, scriptHash } from './csp';
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
		expect(blockedInlineCode(html, "default-src 'self'; script-src 'self' 'sha256-AAAA'")).toEqual([
			`script '${scriptHash(HEAD_SCRIPT)}'`,
		]);
		expect(blockedInlineCode(html, `default-src 'self'; script-src 'self' '${scriptHash(HEAD_SCRIPT)}'`)).toEqual([]);
	});

	it('hashes like the browser does (the value Chromium prints in a CSP violation)', () => {
		expect(scriptHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
	});

	it('reports an inline style the policy does not list', () => {
		const html = page('<style>h1{color:red}</style>');
		expect(blockedInlineCode(html, "style-src 'self'")).toEqual([`style '${scriptHash('h1{color:red}')}'`]);
		expect(blockedInlineCode(html, `style-src 'self' '${scriptHash('h1{color:red}')}'`)).toEqual([]);
	});

	it('merges the policies of every page into one that allows what each allows', () => {
		const home = "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-X'";
		const role = "default-src 'self'; script-src 'self' 'sha256-B'; style-src 'self' 'sha256-X' 'sha256-Y'";
		expect(mergePolicies([home, role])).toBe(
			"default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-X' 'sha256-Y'",
		);
	});
});
