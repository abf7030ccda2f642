import { site, siteUrl } from '../site.config';
import { OG_IMAGE, THEME_COLORS } from './brand';
import { HOME_OG_IMAGE_URL, HOME_URL, RSS_URL } from './urls';

export { OG_IMAGE, THEME_COLORS };

/** One element of the document head, rendered as-is by Head.astro. */
export interface HeadTag {
	tag: 'title' | 'meta' | 'link' | 'script';
	attrs?: Record<string, string>;
	content?: string;
}

export interface PageMeta {
	/** Page title without the site name, e.g. "Back-end Developer Job Description". */
	title: string;
	/** 50–160 characters. */
	description: string;
	/** Site-relative path with trailing slash, e.g. "/roles/back-end-developer/". */
	path: string;
	/** Site-relative path of the 1200×630 Open Graph image and its text alternative. */
	image?: { path: string; alt: string };
	/** Open Graph type: "article" for roles, "website" otherwise. */
	type?: 'website' | 'article';
	/** schema.org objects, each rendered as its own JSON-LD script. */
	jsonLd?: object[];
	/** Keep the page out of search engines (404, search results). */
	noindex?: boolean;
}

export const absoluteUrl = (path: string) => new URL(path, `${siteUrl}/`).href;

const defaultImage = { path: HOME_OG_IMAGE_URL, alt: `${site.name}: ${site.tagline}` };

/** Escapes "<" so no string in the data can close the script element early. */
export const serializeJsonLd = (data: object) => JSON.stringify(data).replace(/</g, '\\u003c');

/** Every tag a page's head carries, decided in one place so tests can check it. */
export function getHead(page: PageMeta): HeadTag[] {
	const fullTitle = page.path === HOME_URL ? `${site.name} — ${site.tagline}` : `${page.title} — ${site.name}`;
	const url = absoluteUrl(page.path);
	const image = page.image ?? defaultImage;
	const meta = (name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { name, content } });
	const property = (name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { property: name, content } });
	const tags: HeadTag[] = [
		{ tag: 'title', content: fullTitle },
		meta('description', page.description),
		{ tag: 'link', attrs: { rel: 'canonical', href: url } },
		...(page.noindex ? [meta('robots', 'noindex')] : []),
		property('og:type', page.type ?? 'website'),
		property('og:site_name', site.name),
		property('og:title', page.path === HOME_URL ? fullTitle : page.title),
		property('og:description', page.description),
		property('og:url', url),
		property('og:locale', 'en_US'),
		property('og:image', absoluteUrl(image.path)),
		property('og:image:type', 'image/png'),
		property('og:image:width', String(OG_IMAGE.width)),
		property('og:image:height', String(OG_IMAGE.height)),
		property('og:image:alt', image.alt),
		meta('twitter:card', 'summary_large_image'),
		meta('twitter:title', page.path === HOME_URL ? fullTitle : page.title),
		meta('twitter:description', page.description),
		meta('twitter:image', absoluteUrl(image.path)),
		meta('twitter:image:alt', image.alt),
		{
			tag: 'meta',
			attrs: { name: 'theme-color', content: THEME_COLORS.light, media: '(prefers-color-scheme: light)' },
		},
		{ tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLORS.dark, media: '(prefers-color-scheme: dark)' } },
		{ tag: 'link', attrs: { rel: 'icon', href: '/favicon.ico', sizes: '32x32' } },
		{ tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' } },
		{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/apple-touch-icon.png' } },
		{ tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
		{
			tag: 'link',
			attrs: {
				rel: 'alternate',
				type: 'application/rss+xml',
				title: `${site.name}: recently reviewed roles`,
				href: absoluteUrl(RSS_URL),
			},
		},
		...(page.jsonLd ?? []).map((data): HeadTag => ({
			tag: 'script',
			attrs: { type: 'application/ld+json' },
			content: serializeJsonLd(data),
		})),
	];
	return tags;
}
