import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRole, validateRole } from '../../src/lib/content-files';
import { lintContent } from '../../src/lint/content-lint';

// A small library of its own: one department and two roles for the scaffold to relate to.
const dir = mkdtempSync(join(tmpdir(), 'rolebook-new-role-'));
mkdirSync(join(dir, 'roles'), { recursive: true });
mkdirSync(join(dir, 'departments'));
writeFileSync(
	join(dir, 'departments/engineering.yaml'),
	'name: Software Engineering\ndescription: People who design, build and run the software a company sells.\n',
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
		const role = readRole(join(dir, 'roles/data-wrangler.mdx'));
		expect(validateRole(role).issues).toEqual([]);
		expect(role.data['related']).toEqual(['api-developer', 'back-end-developer']);
		const findings = lintContent([role]).findings;
		expect(findings.filter((f) => f.rule === 'todo').length).toBeGreaterThan(20);
	});

	it('refuses an unknown department and lists the real ones', () => {
		expect(() => run('Astronaut', '--department', 'space')).toThrow(/--department must be one of: .*engineering/);
	});
});
