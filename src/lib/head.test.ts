import { describe, expect, it } from 'vitest';
import { getHead, serializeJsonLd, type HeadTag } from './head';

const find = (tags: HeadTag[], key: 'name' | 'property' | 'rel', value: string) =>
	tags.filter((tag) => tag.attrs?.[key] === value);

const rolePage = {
	title: 'Back-end Developer Job Description',
	description: 'Builds and runs the server-side code, APIs and databases that power websites and apps.',
	path: '/roles/back-end-developer/',
	type: 'article' as const,
	image: { path: '/og/roles/back-end-developer.png', alt: 'Back-end Developer card' },
};

describe('getHead', () => {
	it('titles role pages "<Role> Job Description — Rolebook" and the home page with the tagline', () => {
		expect(getHead(rolePage)[0]).toEqual({ tag: 'title', content: 'Back-end Developer Job Description — Rolebook' });
		expect(getHead({ ...rolePage, title: 'Rolebook', path: '/' })[0]!.content).toMatch(/^Rolebook — /);
	});

	it('gives an absolute canonical URL and the same og:url', () => {
		const tags = getHead(rolePage);
		const canonical = find(tags, 'rel', 'canonical')[0]!.attrs!['href'];
		expect(canonical).toBe('https://rolebook.example.org/roles/back-end-developer/');
		expect(find(tags, 'property', 'og:url')[0]!.attrs!['content']).toBe(canonical);
	});

	it('describes the Open Graph image with size and alt text', () => {
		const tags = getHead(rolePage);
		const value = (property: string) => find(tags, 'property', property)[0]?.attrs?.['content'];
		expect(value('og:image')).toBe('https://rolebook.example.org/og/roles/back-end-developer.png');
		expect([value('og:image:width'), value('og:image:height')]).toEqual(['1200', '630']);
		expect(value('og:image:alt')).toBe('Back-end Developer card');
		expect(value('og:type')).toBe('article');
		expect(find(tags, 'name', 'twitter:card')[0]!.attrs!['content']).toBe('summary_large_image');
	});

	it('falls back to the site card when a page has no image', () => {
		const tags = getHead({ ...rolePage, image: undefined as never });
		expect(find(tags, 'property', 'og:image')[0]!.attrs!['content']).toBe('https://rolebook.example.org/og/home.png');
	});

	it('marks pages noindex only when asked', () => {
		expect(find(getHead(rolePage), 'name', 'robots')).toEqual([]);
		expect(find(getHead({ ...rolePage, noindex: true }), 'name', 'robots')[0]!.attrs!['content']).toBe('noindex');
	});

	it('links icons, the sitemap and the feed, and sets theme colors for both schemes', () => {
		const tags = getHead(rolePage);
		expect(find(tags, 'rel', 'icon').map((t) => t.attrs!['href'])).toEqual(['/favicon.ico', '/favicon.svg']);
		expect(find(tags, 'rel', 'apple-touch-icon')).toHaveLength(1);
		expect(find(tags, 'rel', 'sitemap')[0]!.attrs!['href']).toBe('/sitemap-index.xml');
		expect(find(tags, 'rel', 'alternate')[0]!.attrs!['type']).toBe('application/rss+xml');
		expect(find(tags, 'name', 'theme-color')).toHaveLength(2);
	});

	it('renders each JSON-LD object as its own script, safe against "</script>"', () => {
		const tags = getHead({
			...rolePage,
			jsonLd: [{ '@type': 'Occupation', name: '</script><b>x' }, { '@type': 'BreadcrumbList' }],
		});
		const scripts = tags.filter((t) => t.tag === 'script');
		expect(scripts).toHaveLength(2);
		expect(scripts[0]!.content).not.toContain('</script>');
		expect(JSON.parse(scripts[0]!.content!)).toEqual({ '@type': 'Occupation', name: '</script><b>x' });
	});

	it('serializes JSON-LD without raw "<"', () => {
		expect(serializeJsonLd({ a: '<!--' })).toBe('{"a":"\\u003c!--"}');
	});
});
