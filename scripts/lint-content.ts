// Editorial lint for content/roles/*.mdx. Usage: npm run lint:content [-- --dir content]
import { parseArgs } from 'node:util';
import { readDepartments, readRoleSources } from '../src/lib/content-files.ts';
import { knownCodes, occupationData } from '../src/lib/occupation-data.ts';
import { lintContent } from '../src/lint/content-lint.ts';
import { DUPLICATE_SHARE_LIMIT, percent } from '../src/schemas/limits.ts';

const { values } = parseArgs({
	options: { dir: { type: 'string', default: process.env['ROLEBOOK_CONTENT_DIR'] ?? 'content' } },
});
const departments = readDepartments(values.dir!).map((department) => department.id);
const { findings, warnings, roles, duplicateShare } = lintContent(
	readRoleSources(values.dir!),
	departments,
	knownCodes(occupationData()),
);
for (const warning of warnings)
	console.log(`warning: ${warning.file} → ${warning.field} [${warning.rule}] ${warning.message}`);
for (const finding of findings) console.log(`${finding.file} → ${finding.field} [${finding.rule}] ${finding.message}`);
const share = `${(duplicateShare * 100).toFixed(1)}% of duty and requirement lines repeat across roles (limit ${percent(DUPLICATE_SHARE_LIMIT)})`;
if (findings.length > 0) {
	console.log(`\n${findings.length} problem${findings.length === 1 ? '' : 's'} in ${roles} roles; ${share}.`);
	process.exit(1);
}
console.log(`Content lint: ${roles} roles, no problems; ${share}.`);
