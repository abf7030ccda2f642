/**
 * The one reader of content files for Node tools and tests (the lint, data:check, new-role, the
 * benchmark, fixtures). The site itself reads content through Astro's collections
 * (src/content.config.ts); this module splits the frontmatter with the same parser Astro's MDX
 * loader uses (`parseFrontmatter` from astro/markdown) and validates with the same zod schemas,
 * so a tool sees a role exactly as the build does.
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { dump, load } from 'js-yaml';
import { departmentSchema, type DepartmentData } from '../schemas/department.ts';
import { roleSchema, type RoleData } from '../schemas/role.ts';

/** A role file as found on disk. */
export interface RoleSource {
	path: string;
	source: string;
}

/** A role file split into its frontmatter (as written, not yet validated) and its MDX body. */
export interface RoleFile extends RoleSource {
	/** The file name without .mdx: the role's id and URL. */
	slug: string;
	data: Record<string, unknown>;
	body: string;
}

/** A file that cannot be read as content, with the file and the field to fix. */
export class ContentFileError extends Error {
	readonly file: string;
	readonly field: string;
	readonly reason: string;
	constructor(file: string, field: string, reason: string) {
		super(`${file} → ${field}: ${reason}`);
		this.file = file;
		this.field = field;
		this.reason = reason;
	}
}

/** Files in a folder matching a glob, sorted; the folder name is not read as a pattern. */
const filesIn = (folder: string, pattern: string) =>
	globSync(pattern, { cwd: folder })
		.sort()
		.map((name) => join(folder, name));

export const roleSlug = (path: string) => basename(path).replace(/\.mdx$/, '');

/** Splits a role file; throws ContentFileError when the frontmatter block is missing or is not YAML. */
export function parseRole({ path, source }: RoleSource): RoleFile {
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(source);
	} catch (error) {
		throw new ContentFileError(path, 'frontmatter', (error as Error).message.split('\n')[0]!);
	}
	if (parsed.rawFrontmatter === '')
		throw new ContentFileError(path, 'frontmatter', 'missing --- frontmatter block at the top of the file');
	return { path, source, slug: roleSlug(path), data: parsed.frontmatter, body: parsed.content };
}

/** The role files under `<contentDir>/roles/`, sorted by path. */
export function readRoleSources(contentDir: string): RoleSource[] {
	return filesIn(join(contentDir, 'roles'), '*.mdx').map((path) => ({ path, source: readFileSync(path, 'utf8') }));
}

/** Every role under `<contentDir>/roles/`, parsed; throws on the first file that cannot be parsed. */
export const readRoles = (contentDir: string): RoleFile[] => readRoleSources(contentDir).map(parseRole);

export const readRole = (path: string): RoleFile => parseRole({ path, source: readFileSync(path, 'utf8') });

/** A schema problem in a role, by field path ("interviewQuestions.2.lookFor"). */
export interface FieldIssue {
	field: string;
	message: string;
}

/** The frontmatter as the build sees it (defaults filled in), or every field the schema refuses. */
export function validateRole(role: RoleFile): { data: RoleData; issues: [] } | { data?: never; issues: FieldIssue[] } {
	const result = roleSchema.safeParse(role.data);
	if (result.success) return { data: result.data, issues: [] };
	return {
		issues: result.error.issues.map((issue) => ({
			field: issue.path.join('.') || 'frontmatter',
			message: issue.message,
		})),
	};
}

/** A role's validated data; throws with every problem listed (for tests and tools that need a good role). */
export function roleData(path: string): RoleData {
	const result = validateRole(readRole(path));
	if (!result.data)
		throw new ContentFileError(path, result.issues[0]!.field, result.issues.map((i) => i.message).join('; '));
	return result.data;
}

export interface DepartmentFile {
	path: string;
	/** The file name without its extension: the department's slug. */
	id: string;
	data: DepartmentData;
}

/** Every department under `<contentDir>/departments/`, validated; throws naming the file and field. */
export function readDepartments(contentDir: string): DepartmentFile[] {
	return filesIn(join(contentDir, 'departments'), '*.{yaml,yml}').map((path) => {
		const result = departmentSchema.safeParse(load(readFileSync(path, 'utf8')));
		if (!result.success) {
			const issue = result.error.issues[0]!;
			throw new ContentFileError(path, issue.path.join('.') || 'file', issue.message);
		}
		return { path, id: basename(path).replace(/\.ya?ml$/, ''), data: result.data };
	});
}

/** The text of a role file: frontmatter written as YAML (one line per value), then the body. */
export const roleSource = (data: Record<string, unknown>, body: string): string =>
	`---\n${dump(data, { lineWidth: -1 })}---\n${body.replace(/^\n/, '')}`;
