import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** The seed role's frontmatter, as an author wrote it: the baseline every malformed case mutates. */
export function seedFrontmatter(): Record<string, unknown> {
	const source = readFileSync(new URL('../content/roles/back-end-developer.mdx', import.meta.url), 'utf8');
	const yaml = source.split(/^---$/m)[1] ?? '';
	return load(yaml) as Record<string, unknown>;
}

/** The seed role's MDX body. */
export function seedBody(): string {
	const source = readFileSync(new URL('../content/roles/back-end-developer.mdx', import.meta.url), 'utf8');
	return source.split(/^---$/m).slice(2).join('---');
}
