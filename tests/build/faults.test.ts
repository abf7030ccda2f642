/**
 * Malformed content must stop `astro build` with the file, the field and what is expected.
 * Each case builds a tiny library (the seed role plus two clones) with one fault planted in it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { seedBody, seedFrontmatter } from '../fixtures';

const run = promisify(execFile);

type Frontmatter = Record<string, unknown>;
/** Role files of a fixture library, by slug. */
type Library = Record<string, string>;

function role(title: string, related: string[], change: (data: Frontmatter) => void = () => {}): string {
	const data = { ...seedFrontmatter(), title, related, careerPath: { previous: [], next: [] } };
	change(data);
	return `---\n${dump(data, { lineWidth: -1 })}---\n${seedBody()}`;
}

/** Three valid roles that point at each other. */
const validLibrary = (): Library => ({
	'alpha-role': role('Alpha Role', ['beta-role', 'gamma-role']),
	'beta-role': role('Beta Role', ['alpha-role', 'gamma-role']),
	'gamma-role': role('Gamma Role', ['alpha-role', 'beta-role']),
});

/** The valid library with one role file replaced. */
const withRole = (slug: string, source: string): Library => ({ ...validLibrary(), [slug]: source });

async function build(library: Library): Promise<{ ok: boolean; output: string; dir: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'rolebook-fault-'));
	mkdirSync(join(dir, 'content/roles'), { recursive: true });
	mkdirSync(join(dir, 'content/departments'));
	writeFileSync(
		join(dir, 'content/departments/engineering.yaml'),
		'name: Software Engineering\ndescription: People who design, build, test and run software in production.\n',
	);
	for (const [slug, source] of Object.entries(library)) {
		writeFileSync(join(dir, `content/roles/${slug}.mdx`), source);
	}
	const env = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
		ROLEBOOK_CONTENT_DIR: join(dir, 'content'),
		ROLEBOOK_OUT_DIR: join(dir, 'dist'),
		ROLEBOOK_CACHE_DIR: join(dir, 'cache'),
	};
	try {
		const { stdout, stderr } = await run('astro', ['build'], { env, maxBuffer: 64 * 1024 * 1024 });
		return { ok: true, output: stdout + stderr, dir };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ok: false, output: stdout + stderr, dir };
	}
}

// Sequential: concurrent Astro builds share the project's .astro/ folder.
describe('content faults and the build', () => {
	it('builds the valid fixture library without warnings', async () => {
		const result = await build(validLibrary());
		expect(result.output).not.toMatch(/\[WARN\]/);
		expect(result.ok).toBe(true);
		const page = readFileSync(join(result.dir, 'dist/roles/alpha-role/index.html'), 'utf8');
		expect(page).toContain('Alpha Role Job Description');
		rmSync(result.dir, { recursive: true });
	});

	it.each([
		[
			'YAML syntax error',
			withRole('beta-role', role('Beta Role', ['alpha-role']).replace(/^title: .*$/m, 'title: "Beta: Role')),
			[/content\/roles\/beta-role\.mdx:\d+:\d+/, /YAML|mapping|indentation|end of the stream/],
		],
		[
			'summary too long',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => (d['summary'] = 'x'.repeat(200))),
			),
			['roles → beta-role', 'summary: summary must be at most 160 characters', 'content/roles/beta-role.mdx'],
		],
		[
			'unknown placeholder',
			withRole(
				'gamma-role',
				role('Gamma Role', ['alpha-role', 'beta-role'], (d) => {
					(d['duties'] as string[])[2] = 'Agree a {salary} with each hire.';
				}),
			),
			['roles → gamma-role', 'duties.2: unknown placeholder {salary}', 'content/roles/gamma-role.mdx'],
		],
		[
			'unknown department',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => (d['department'] = 'nursing')),
			),
			['content/roles/beta-role.mdx → department: "nursing" is not a department; use one of: engineering'],
		],
		[
			'dangling related slug',
			withRole('alpha-role', role('Alpha Role', ['beta-role', 'ghost-role'])),
			['content/roles/alpha-role.mdx → related: "ghost-role" is not a role'],
		],
		[
			'duplicate title',
			withRole('gamma-role', role('Alpha Role', ['alpha-role', 'beta-role'])),
			['content/roles/gamma-role.mdx → title: "Alpha Role" is already the title of', 'alpha-role.mdx'],
		],
		[
			'broken MDX in the body',
			withRole('alpha-role', `${role('Alpha Role', ['beta-role', 'gamma-role'])}\n<Callout>never closed\n`),
			[/content\/roles\/alpha-role\.mdx:\d+:\d+/, 'Expected a closing tag for `<Callout>`'],
		],
	])('stops on %s, naming the file and field', async (_name, library, expected) => {
		const result = await build(library);
		expect(result.ok).toBe(false);
		for (const text of expected) expect(result.output).toMatch(text);
		rmSync(result.dir, { recursive: true });
	});
});
