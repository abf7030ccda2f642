import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load } from 'js-yaml';

export const distDir = process.env.ROLEBOOK_OUT_DIR ?? 'dist';

/** Every built HTML file, as site paths ("/roles/back-end-developer/", "/404.html"). */
export function builtPages(): { file: string; path: string }[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) files.push(full);
		}
	};
	walk(distDir);
	return files.sort().map((file) => {
		const rel = relative(distDir, file).split(sep).join('/');
		const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
		return { file, path };
	});
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

/** The seed role's frontmatter, to compare what the page shows with what the author wrote. */
export function seedRole(): {
	title: string;
	duties: string[];
	requirements: string[];
	skills: string[];
	experienceYears: number;
	interviewQuestions: { question: string; lookFor: string }[];
	related: string[];
	careerPath?: { previous?: string[]; next?: string[] };
} {
	const source = readFileSync('content/roles/back-end-developer.mdx', 'utf8');
	return load(source.split(/^---$/m)[1]!) as ReturnType<typeof seedRole>;
}
