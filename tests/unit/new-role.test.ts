import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../src/lint/content-lint';
import { roleSchema } from '../../src/schemas/role';

// A small library of its own: one department and two roles for the scaffold to relate to.
const dir = mkdtempSync(join(tmpdir(), 'rolebook-new-role-'));
mkdirSync(join(dir, 'roles'), { recursive: true });
mkdirSync(join(dir, 'departments'));
writeFileSync(
	join(dir, 'departments/engineering.yaml'),
	'name: Software Engineering\ndescription: People who build software.\n',
);
for (const slug of ['back-end-developer', 'api-developer']) {
	copyFileSync('content/roles/back-end-developer.mdx', join(dir, `roles/${slug}.mdx`));
}
afterAll(() => rmSync(dir, { recursive: true }));
const run = (...args: string[]) =>
	execFileSync(process.execPath, ['scripts/new-role.ts', ...args, '--dir', dir], { encoding: 'utf8', stdio: 'pipe' });

describe('npm run new-role', () => {
	it('scaffolds an entry the schema accepts and the lint refuses until the TODOs are written', () => {
		expect(run('Data Wrangler', '--department', 'engineering')).toContain('data-wrangler.mdx');
		const path = join(dir, 'roles/data-wrangler.mdx');
		const source = readFileSync(path, 'utf8');
		const data = load(source.split(/^---$/m)[1]!);
		expect(roleSchema.safeParse(data).error?.issues ?? []).toEqual([]);
		const findings = lintContent([{ path, source }]).findings;
		expect(findings.filter((f) => f.rule === 'todo').length).toBeGreaterThan(20);
	});

	it('refuses an unknown department and lists the real ones', () => {
		expect(() => run('Astronaut', '--department', 'space')).toThrow(/--department must be one of: .*engineering/);
	});
});
