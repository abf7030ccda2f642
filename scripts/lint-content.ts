// Editorial lint for content/roles/*.mdx. Usage: npm run lint:content [-- --dir content]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { knownCodes, occupationData } from '../src/lib/occupation-data.ts';
import { DUPLICATE_SHARE_LIMIT, lintContent } from '../src/lint/content-lint.ts';

const { values } = parseArgs({
	options: { dir: { type: 'string', default: process.env['ROLEBOOK_CONTENT_DIR'] ?? 'content' } },
});
const rolesDir = join(values.dir!, 'roles');
const files = readdirSync(rolesDir)
	.filter((name) => name.endsWith('.mdx'))
	.sort()
	.map((name) => ({ path: join(rolesDir, name), source: readFileSync(join(rolesDir, name), 'utf8') }));

const departments = readdirSync(join(values.dir!, 'departments'))
	.filter((name) => /\.(ya?ml|json)$/.test(name))
	.map((name) => name.replace(/\.(ya?ml|json)$/, ''));
const { findings, warnings, roles, duplicateShare } = lintContent(files, departments, knownCodes(occupationData()));
for (const warning of warnings)
	console.log(`warning: ${warning.file} → ${warning.field} [${warning.rule}] ${warning.message}`);
for (const finding of findings) console.log(`${finding.file} → ${finding.field} [${finding.rule}] ${finding.message}`);
const share = `${(duplicateShare * 100).toFixed(1)}% of duty and requirement lines repeat across roles (limit ${DUPLICATE_SHARE_LIMIT * 100}%)`;
if (findings.length > 0) {
	console.log(`\n${findings.length} problem${findings.length === 1 ? '' : 's'} in ${roles} roles; ${share}.`);
	process.exit(1);
}
console.log(`Content lint: ${roles} roles, no problems; ${share}.`);
