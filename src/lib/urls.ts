/**
 * Every URL of the page map, in one place: pages link with these and the build writes its files
 * at the same paths, so a URL can only change here. Paths are site-relative; `absoluteUrl()` in
 * head.ts adds the public origin where one is needed (canonical links, feeds, the API).
 */

export const HOME_URL = '/';
/** The A–Z index of every role. */
export const ROLES_URL = '/roles/';
export const DEPARTMENTS_URL = '/departments/';
export const SEARCH_URL = '/search/';
export const OUTLOOK_URL = '/outlook/';
export const ABOUT_DATA_URL = '/about/data/';
export const NOT_FOUND_URL = '/404.html';
/** Every title and alternate title's words, for the search page's typo correction. */
export const SEARCH_TERMS_URL = '/search/terms.json';
/** Compound words written both apart and together, searched both ways. */
export const SEARCH_COMPOUNDS_URL = '/search/compounds.json';
/** Pagefind's search code and index, written by the build (src/integrations/pagefind.ts). */
export const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The search page with a query filled in. */
export const searchUrl = (query: string) => `${SEARCH_URL}?q=${encodeURIComponent(query)}`;
export const API_ROLES_URL = '/api/roles.json';
/** JSON Schema of one role in full (/api/roles/<slug>.json). */
export const API_SCHEMA_URL = '/api/role.schema.json';
/** JSON Schema of the index (/api/roles.json). */
export const API_ROLES_SCHEMA_URL = '/api/roles.schema.json';
export const RSS_URL = '/rss.xml';

export const roleUrl = (slug: string) => `/roles/${slug}/`;
export const departmentUrl = (slug: string) => `/departments/${slug}/`;

/** A role's downloads: Markdown and plain text. */
export type ExportFormat = 'md' | 'txt';
export const roleExportUrl = (slug: string, format: ExportFormat) => `/roles/${slug}.${format}`;
export const apiRoleUrl = (slug: string) => `/api/roles/${slug}.json`;

export const ogImageUrl = (kind: 'roles' | 'departments', slug: string) => `/og/${kind}/${slug}.png`;
export const HOME_OG_IMAGE_URL = '/og/home.png';

/** The job-ad checker; `?role=<slug>` opens a role's text (with the customizer's values) in it. */
export const CHECK_URL = '/check/';
export const checkUrl = (slug: string) => `${CHECK_URL}?role=${encodeURIComponent(slug)}`;
/** Any two roles side by side, chosen on the page or by `?a=<slug>&b=<slug>`. */
export const COMPARE_URL = '/compare/';
export const compareQueryUrl = (a: string, b?: string) =>
	`${COMPARE_URL}?a=${encodeURIComponent(a)}${b ? `&b=${encodeURIComponent(b)}` : ''}`;
/** A pre-rendered comparison: slugs in alphabetical order, so each pair has one address. */
export const compareUrl = (a: string, b: string) => {
	const [first, second] = [a, b].sort();
	return `${COMPARE_URL}${first}-vs-${second}/`;
};

/** One step of a breadcrumb trail: the visible trail and the BreadcrumbList JSON-LD both read it. */
export interface Crumb {
	name: string;
	path: string;
}

/** A page's breadcrumb trail, from Home to the page itself (the last step). */
export const breadcrumbTrail = (...steps: Crumb[]): Crumb[] => [{ name: 'Home', path: HOME_URL }, ...steps];

export const departmentTrail = (department: { id: string; name: string }) =>
	breadcrumbTrail(
		{ name: 'Departments', path: DEPARTMENTS_URL },
		{ name: department.name, path: departmentUrl(department.id) },
	);

/** Home › the role's department › the role. */
export const roleTrail = (role: { id: string; title: string }, department: { id: string; name: string }) =>
	breadcrumbTrail(
		{ name: department.name, path: departmentUrl(department.id) },
		{ name: role.title, path: roleUrl(role.id) },
	);
