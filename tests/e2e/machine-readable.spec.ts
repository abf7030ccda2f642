/** Build-output checks for search engines and programs: head, JSON-LD, sitemap, feed, images, exports, API. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { builtPages, distDir } from './site';
import { fillPlaceholders, placeholderDefaults } from '../../src/schemas/placeholders';

const siteUrl = (process.env.SITE_URL ?? 'https://rolebook.example.org').replace(/\/+$/, '');
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const pages = builtPages();
const roles: { slug: string; url: string; updated: string; title: string }[] = JSON.parse(read('api/roles.json'));

const metaContent = (html: string, attr: 'name' | 'property', key: string) =>
	[...html.matchAll(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]!);
const decode = (text: string) =>
	text
		.replaceAll('&amp;', '&')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>');
const jsonLd = (html: string) =>
	[...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

test('every page has a unique title, one h1, a 50–160 character description and an absolute canonical', () => {
	const titles = new Map<string, string>();
	for (const { file, path } of pages) {
		const html = readFileSync(file, 'utf8');
		const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
		expect(title, path).toBeTruthy();
		expect(titles.get(title!), `${path} repeats the title of ${titles.get(title!)}`).toBeUndefined();
		titles.set(title!, path);
		expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
		const [description] = metaContent(html, 'name', 'description');
		expect(decode(description ?? '').length, `${path} description`).toBeGreaterThanOrEqual(50);
		expect(decode(description ?? '').length, `${path} description`).toBeLessThanOrEqual(160);
		const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
		expect(canonical, path).toBe(siteUrl + path);
		expect(metaContent(html, 'property', 'og:url'), path).toEqual([canonical]);
		expect(html, path).toMatch(/<html lang="en-US"/);
		for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image', 'og:image:alt']) {
			expect(metaContent(html, 'property', key), `${path} ${key}`).toHaveLength(1);
		}
	}
});

test('role titles follow "<Role> Job Description — Rolebook"', () => {
	const html = read('roles/back-end-developer/index.html');
	expect(html).toContain('<title>Back-end Developer Job Description — Rolebook</title>');
});

test('JSON-LD parses on every page, with Occupation and breadcrumbs on roles and never JobPosting', () => {
	for (const { file, path } of pages) {
		const types = jsonLd(readFileSync(file, 'utf8')).map((data) => data['@type']);
		expect(types, path).not.toContain('JobPosting');
		if (path === '/') expect(types).toEqual(['WebSite']);
		if (/^\/roles\/[^/]+\/$/.test(path)) expect(types.slice(0, 2), path).toEqual(['Occupation', 'BreadcrumbList']);
		if (path.startsWith('/departments/')) expect(types, path).toEqual(['BreadcrumbList']);
	}
	const [occupation, breadcrumbs, faq] = jsonLd(read('roles/back-end-developer/index.html'));
	expect(occupation).toMatchObject({
		name: 'Back-end Developer',
		occupationalCategory: [
			{
				'@type': 'CategoryCode',
				codeValue: '15-1252',
				name: 'Software Developers',
				inCodeSet: { '@type': 'CategoryCodeSet', name: 'SOC 2018' },
			},
			{ '@type': 'CategoryCode', codeValue: '2512', inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08' } },
		],
		experienceRequirements: { monthsOfExperience: 36 },
		mainEntityOfPage: {
			'@id': `${siteUrl}/roles/back-end-developer/`,
			lastReviewed: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
		},
	});
	expect(occupation.responsibilities.length).toBeGreaterThanOrEqual(8);
	expect(JSON.stringify(occupation)).not.toMatch(/\{(years|company|location)\}/);
	expect(breadcrumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
		'Home',
		'Software Engineering',
		'Back-end Developer',
	]);
	expect(faq['@type']).toBe('FAQPage');
	const [website] = jsonLd(read('index.html'));
	expect(website.potentialAction.target.urlTemplate).toBe(`${siteUrl}/search/?q={search_term_string}`);
});

test('the sitemap lists every role with its last reviewed date, and leaves out 404 and search', () => {
	expect(read('sitemap-index.xml')).toContain(`<loc>${siteUrl}/sitemap-0.xml</loc>`);
	const sitemap = read('sitemap-0.xml');
	for (const role of roles) {
		expect(sitemap).toContain(`<url><loc>${role.url}</loc><lastmod>${role.updated}T00:00:00.000Z</lastmod></url>`);
	}
	expect(sitemap).not.toMatch(/404|\/search\//);
});

test('robots.txt points to the sitemap with an absolute URL', () => {
	expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${siteUrl}/sitemap-index.xml$`, 'm'));
});

test('the RSS feed lists every role, newest review first', () => {
	const feed = read('rss.xml');
	expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
	const items = [
		...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>[\s\S]*?<\/item>/g),
	];
	expect(items).toHaveLength(roles.length);
	const dates = items.map((m) => Date.parse(m[2]!));
	expect(dates).toEqual([...dates].sort((a, b) => b - a));
	expect(new Set(items.map((m) => m[1]))).toEqual(new Set(roles.map((r) => r.url)));
});

test('every og:image is a 1200×630 PNG that exists', () => {
	const images = new Set<string>();
	for (const { file } of pages)
		for (const url of metaContent(readFileSync(file, 'utf8'), 'property', 'og:image')) images.add(url);
	expect(images.size).toBeGreaterThan(roles.length);
	for (const url of images) {
		expect(url.startsWith(`${siteUrl}/og/`), url).toBe(true);
		const png = readFileSync(join(distDir, url.slice(siteUrl.length)));
		expect(png.subarray(1, 4).toString(), url).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
	}
});

test('the Markdown and text exports carry the same duties as the page', () => {
	for (const role of roles.slice(0, 25)) {
		const api = JSON.parse(read(`api/roles/${role.slug}.json`)) as { duties: string[]; experienceYears: number };
		const markdown = read(`roles/${role.slug}.md`);
		const text = read(`roles/${role.slug}.txt`);
		const html = decode(read(`roles/${role.slug}/index.html`).replace(/<[^>]+>/g, ''));
		// Downloads read as the page does by default: placeholders filled with their defaults.
		const defaults = placeholderDefaults(api.experienceYears);
		for (const template of api.duties) {
			const duty = fillPlaceholders(template, defaults);
			expect(markdown).toContain(`- ${duty}`);
			expect(text).toContain(`• ${duty}`);
			expect(html).toContain(duty);
		}
		expect(markdown).toMatch(/^# .+ Job Description$/m);
		expect(`${markdown}${text}`).not.toMatch(/\{(?:years|company|location)\}/);
	}
});

test('the JSON API validates against its published schema', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	const schema = JSON.parse(read('api/role.schema.json'));
	expect(schema.$id).toBe(`${siteUrl}/api/role.schema.json`);
	const validate = ajv.compile(schema);
	for (const role of roles) {
		const data = JSON.parse(read(`api/roles/${role.slug}.json`));
		expect(validate(data) ? [] : validate.errors, role.slug).toEqual([]);
	}
	expect(validate({ slug: 'x' })).toBe(false);
});

test('llms.txt links every role to its Markdown export', () => {
	const llms = read('llms.txt');
	for (const role of roles) expect(llms).toContain(`](${siteUrl}/roles/${role.slug}.md)`);
});

test('llms.txt describes the data as it is: every address exists and each file matches the schema named for it', () => {
	const llms = read('llms.txt');
	expect(llms).not.toMatch(/whole library/i);
	for (const [, url] of llms.matchAll(new RegExp(`(${siteUrl}/[^\\s)]+)`, 'g'))) {
		expect(() => read(url!.slice(siteUrl.length).replace(/\/$/, '/index.html')), url).not.toThrow();
	}
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	for (const [, data, schema] of llms.matchAll(/\]\(([^)]+\.json)\):[^\n]*described by (\S+)/g)) {
		const validate = ajv.compile(JSON.parse(read(schema!.slice(siteUrl.length))));
		const value = JSON.parse(read(data!.slice(siteUrl.length)));
		expect(validate(value) ? [] : validate.errors, `${data} against ${schema}`).toEqual([]);
	}
	expect([...llms.matchAll(/described by/g)]).toHaveLength(2);
});
