import { roleData } from '../../src/lib/content-files.ts';
import type { RoleData } from '../../src/schemas/role.ts';
import { filesUnder } from '../../scripts/files.ts';

export const distDir = process.env.ROLEBOOK_OUT_DIR ?? 'dist';

/** Every built HTML file, as site paths ("/roles/back-end-developer/", "/404.html"). */
export function builtPages(): { file: string; path: string }[] {
	return filesUnder(distDir, '**/*.html').map((rel) => ({
		file: `${distDir}/${rel}`,
		path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`,
	}));
}

/** One URL of each page type, so every template is checked without visiting every role. */
export const pageTypes = {
	home: '/',
	'A–Z index': '/roles/',
	role: '/roles/back-end-developer/',
	department: '/departments/engineering/',
	departments: '/departments/',
	'not found': '/404.html',
	'job-ad checker': '/check/',
	compare: '/compare/?a=data-analyst&b=data-scientist',
	'written comparison': '/compare/product-manager-vs-product-owner/',
} as const;

/** The seed role as the build sees it, to compare what the page shows with what the author wrote. */
export const seedRole = (): RoleData => roleData('content/roles/back-end-developer.mdx');
