import { site, siteUrl } from '../site.config';

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
	/** Keep the page out of search engines (404, search results). */
	noindex?: boolean;
}

export const absoluteUrl = (path: string) => new URL(path, `${siteUrl}/`).href;

/** Every tag a page's head carries, decided in one place so tests can check it. */
export function getHead(page: PageMeta): HeadTag[] {
	const fullTitle = page.path === '/' ? `${site.name} — ${site.tagline}` : `${page.title} — ${site.name}`;
	const tags: HeadTag[] = [
		{ tag: 'title', content: fullTitle },
		{ tag: 'meta', attrs: { name: 'description', content: page.description } },
		{ tag: 'link', attrs: { rel: 'canonical', href: absoluteUrl(page.path) } },
	];
	if (page.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
	return tags;
}
