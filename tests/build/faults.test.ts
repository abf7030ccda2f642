/**
 * Malformed content must stop `astro build` with the file, the field and what is expected.
 * Each case builds a tiny library (the seed role plus two clones) with one fault planted in it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { roleSource } from '../../src/lib/content-files';
import { seedBody, seedFrontmatter } from '../fixtures';

const run = promisify(execFile);

type Frontmatter = Record<string, unknown>;
/** Role files of a fixture library, by file name without .mdx. */
type Library = Record<string, string | Uint8Array>;

function role(title: string, related: string[], change: (data: Frontmatter) => void = () => {}): string {
	// Links stay inside the fixture library: reportsTo names a title, not a role it lacks.
	const data = {
		...seedFrontmatter(),
		title,
		related,
		careerPath: { previous: [], next: [] },
		reportsTo: 'Engineering Manager',
	};
	change(data);
	return roleSource(data, seedBody());
}

/** Three valid roles that point at each other. */
const validLibrary = (): Library => ({
	'alpha-role': role('Alpha Role', ['beta-role', 'gamma-role']),
	'beta-role': role('Beta Role', ['alpha-role', 'gamma-role']),
	'gamma-role': role('Gamma Role', ['alpha-role', 'beta-role']),
});

/** The valid library with one role file replaced. */
const withRole = (slug: string, source: string | Uint8Array): Library => ({ ...validLibrary(), [slug]: source });

async function build(
	library: Library,
	departments: Record<string, string> = {},
	/** A folder of an earlier build, to rebuild with its cache. */
	dir = mkdtempSync(join(tmpdir(), 'rolebook-fault-')),
): Promise<{ ok: boolean; output: string; dir: string }> {
	mkdirSync(join(dir, 'content/roles'), { recursive: true });
	mkdirSync(join(dir, 'content/departments'), { recursive: true });
	writeFileSync(
		join(dir, 'content/departments/engineering.yaml'),
		'name: Software Engineering\ndescription: People who design, build, test and run software in production.\n',
	);
	for (const [name, source] of Object.entries(departments))
		writeFileSync(join(dir, 'content/departments', name), source);
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

/** Cached OG cards and exports, by file name, with when each was written. */
const cacheEntries = (dir: string) =>
	new Map(
		['og-images', 'exports'].flatMap((kind) =>
			readdirSync(join(dir, 'cache', kind)).map((name) => [
				`${kind}/${name}`,
				statSync(join(dir, 'cache', kind, name)).mtimeMs,
			]),
		),
	);

// Sequential: concurrent Astro builds share the project's .astro/ folder.
describe('content faults and the build', () => {
	it("rebuilds only the edited role's OG card and exports when the cache is warm", async () => {
		const first = await build(validLibrary());
		expect(first.ok, first.output).toBe(true);
		const before = cacheEntries(first.dir);
		// Three role cards plus the department and home cards; two exports per role.
		expect([...before.keys()].filter((key) => key.startsWith('exports/'))).toHaveLength(6);
		const beforeCard = readFileSync(join(first.dir, 'dist/og/roles/beta-role.png'));

		const edited = { ...validLibrary(), 'beta-role': role('Beta Role Lead', ['alpha-role', 'gamma-role']) };
		const second = await build(edited, {}, first.dir);
		expect(second.ok, second.output).toBe(true);
		const after = cacheEntries(first.dir);
		const added = [...after.keys()].filter((key) => !before.has(key));
		const rewritten = [...before.keys()].filter((key) => after.get(key) !== before.get(key));
		// One new card and two new exports, all for beta-role; nothing else drawn or written again.
		expect(added.filter((key) => key.startsWith('og-images/'))).toHaveLength(1);
		expect(added.filter((key) => key.startsWith('exports/'))).toHaveLength(2);
		expect(rewritten).toEqual([]);
		expect(readFileSync(join(first.dir, 'dist/og/roles/beta-role.png')).equals(beforeCard)).toBe(false);
		expect(readFileSync(join(first.dir, 'dist/roles/beta-role.md'), 'utf8')).toContain(
			'# Beta Role Lead Job Description',
		);
		rmSync(first.dir, { recursive: true });
	});

	it('builds the valid fixture library without warnings', async () => {
		const result = await build(validLibrary());
		expect(result.output).not.toMatch(/\[WARN\]/);
		expect(result.ok).toBe(true);
		const page = readFileSync(join(result.dir, 'dist/roles/alpha-role/index.html'), 'utf8');
		expect(page).toContain('Alpha Role Job Description');
		// The seed role's SOC code brings the official pay figures with their source.
		expect(page).toContain('U.S. BLS, OEWS May 2024, national, 15-1252 Software Developers');
		rmSync(result.dir, { recursive: true });
	});

	it('renders hostile and unusual text safely: HTML in fields, emoji and right-to-left titles, a 1 MB overview', async () => {
		const hostile = '<script>window.__pwned = 1</script><img src=x onerror=alert(1)>';
		const library = {
			...validLibrary(),
			'alpha-role': role('Alpha Role', ['beta-role', 'gamma-role'], (d) => {
				d['summary'] = `Shows ${hostile} as plain text on the page, never as markup.`;
				(d['duties'] as string[])[0] = `Escape ${hostile} everywhere.`;
			}),
			'beta-role': role('Barista ☕ باريستا', ['alpha-role', 'gamma-role']),
			'gamma-role': `${role('Gamma Role', ['alpha-role', 'beta-role'])}\n${'A long paragraph about the work. '.repeat(32_000)}\n`,
		};
		const result = await build(library);
		expect(result.ok, result.output.slice(-2000)).toBe(true);
		const alpha = readFileSync(join(result.dir, 'dist/roles/alpha-role/index.html'), 'utf8');
		// Inside quoted attribute values (meta description) markup is inert; elsewhere it must be escaped.
		const outsideAttributes = alpha.replace(/="[^"]*"/g, '=""');
		expect(outsideAttributes).not.toContain('<script>window.__pwned');
		expect(outsideAttributes).not.toContain('<img src=x');
		expect(alpha).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
		const beta = readFileSync(join(result.dir, 'dist/roles/beta-role/index.html'), 'utf8');
		expect(beta).toContain('<h1');
		expect(beta).toContain('Barista ☕ باريستا Job Description');
		const gamma = readFileSync(join(result.dir, 'dist/roles/gamma-role/index.html'), 'utf8');
		expect(gamma.length).toBeGreaterThan(1_000_000);
		rmSync(result.dir, { recursive: true });
	});

	it.each<[string, Library, (string | RegExp)[], Record<string, string>?]>([
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
			'missing title',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => delete d['title']),
			),
			['roles → beta-role', 'title: title must be text'],
		],
		[
			'wrong level',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => (d['level'] = 'junior')),
			),
			['roles → beta-role', 'level: level must be one of: entry, mid, senior, manager, executive'],
		],
		[
			'empty duties',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => (d['duties'] = [])),
			),
			['roles → beta-role', 'duties: needs at least 8 duties'],
		],
		[
			'bad date',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => (d['updated'] = 'last Tuesday')),
			),
			['roles → beta-role', 'updated: updated must be a date written as YYYY-MM-DD'],
		],
		[
			'unknown field',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => (d['salary'] = '90k')),
			),
			['roles → beta-role', 'unknown field "salary" in the frontmatter'],
		],
		[
			'interview question without lookFor',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => {
					(d['interviewQuestions'] as object[])[0] = { question: 'Why this job?' };
				}),
			),
			['roles → beta-role', 'interviewQuestions.0.lookFor: lookFor must be text'],
		],
		[
			'a 1 MB duty',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => {
					(d['duties'] as string[])[0] = 'Write. '.repeat(150_000);
				}),
			),
			['roles → beta-role', 'duties.0: duty must be at most 2000 characters'],
		],
		[
			'bytes that are not UTF-8',
			// A Latin-1 "é" (byte 0xE9) where UTF-8 was expected.
			withRole(
				'beta-role',
				Buffer.from(
					role('Beta Role', ['alpha-role', 'gamma-role']).replace('Review teammates', 'Review caf# teammates'),
					'utf8',
				).map((byte) => (byte === 0x23 ? 0xe9 : byte)),
			),
			['roles → beta-role', 'contains bytes that are not UTF-8; save the file as UTF-8'],
		],
		[
			'two file names that differ only in case',
			{ ...validLibrary(), 'Alpha-Role': role('Alpha Role Copy', ['beta-role', 'gamma-role']) },
			['Alpha-Role.mdx → file name:', 'rename it to alpha-role.mdx'],
		],
		[
			'a department file without a description',
			validLibrary(),
			['departments → broken', 'description'],
			{ 'broken.yaml': 'name: Broken\n' },
		],
		[
			'a malformed SOC code',
			withRole(
				'beta-role',
				role('Beta Role', ['alpha-role', 'gamma-role'], (d) => (d['codes'] = { soc: '151252', isco: '2512' })),
			),
			['roles → beta-role', 'codes.soc: codes.soc must look like "15-1252"'],
		],
		[
			'occupation codes the official lists do not know',
			{
				...validLibrary(),
				'beta-role': role(
					'Beta Role',
					['alpha-role', 'gamma-role'],
					(d) => (d['codes'] = { soc: '15-1259', isco: '9999' }),
				),
				'gamma-role': role('Gamma Role', ['alpha-role', 'beta-role'], (d) => (d['codes'] = { soc: '15-1250' })),
			},
			[
				'content/roles/beta-role.mdx → codes.soc: "15-1259" is not a detailed SOC 2018 occupation',
				'content/roles/beta-role.mdx → codes.isco: "9999" is not an ISCO-08 unit group in ESCO v1.2',
				'content/roles/gamma-role.mdx → codes.soc: "15-1250" is the SOC group',
				'15-1252 Software Developers',
			],
		],
		[
			'broken MDX in the body',
			withRole('alpha-role', `${role('Alpha Role', ['beta-role', 'gamma-role'])}\n<Callout>never closed\n`),
			[/content\/roles\/alpha-role\.mdx:\d+:\d+/, 'Expected a closing tag for `<Callout>`'],
		],
	])('stops on %s, naming the file and field', async (_name, library, expected, departments = {}) => {
		const result = await build(library, departments);
		expect(result.ok).toBe(false);
		for (const text of expected) expect(result.output).toMatch(text);
		rmSync(result.dir, { recursive: true });
	});
});
