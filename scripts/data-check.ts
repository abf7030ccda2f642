// Checks roles' occupation codes against the official data in data/. Usage: npm run data:check [-- --dir content]
// Fails on codes the official lists do not know; prints titles and ISCO groups for a person to judge.
import { parseArgs } from 'node:util';
import { parseRole, readRoleSources, roleSlug } from '../src/lib/content-files.ts';
import { codeReport, TITLE_SIMILARITY_FLOOR, type ReportRole } from '../src/lib/code-report.ts';
import { occupationData } from '../src/lib/occupation-data.ts';

const { values } = parseArgs({
	options: { dir: { type: 'string', default: process.env['ROLEBOOK_CONTENT_DIR'] ?? 'content' } },
});
const roles: ReportRole[] = [];
for (const file of readRoleSources(values.dir!)) {
	// The content lint and the build report broken frontmatter; this check reads what it can.
	let data: Partial<ReportRole['data']>;
	try {
		data = parseRole(file).data as Partial<ReportRole['data']>;
	} catch {
		continue;
	}
	if (typeof data.title !== 'string') continue;
	roles.push({
		id: roleSlug(file.path),
		filePath: file.path,
		data: { title: data.title, alternateTitles: data.alternateTitles ?? [], codes: data.codes },
	});
}

const data = occupationData();
const report = codeReport(roles, data);
const { oews, ep, onet, esco } = data.sources;
console.log(
	`Codes of ${roles.length} roles checked against ${oews.short} ${oews.release}, ${ep.short} ${ep.release}, ${onet.short} ${onet.release} and ${esco.short} ${esco.release}.\n`,
);

if (report.titleMismatches.length > 0) {
	console.log(
		`Titles to review (${report.titleMismatches.length}): no official or O*NET title shares ${Math.round(TITLE_SIMILARITY_FLOOR * 100)}% of its words with the role's titles. Right code for a narrower role, or a wrong code?`,
	);
	for (const m of report.titleMismatches)
		console.log(`  ${m.file} → codes.soc ${m.soc} "${m.occupation}" for "${m.role}" (closest: "${m.closest}")`);
	console.log('');
}
if (report.iscoMismatches.length > 0) {
	console.log(`ISCO groups the crosswalk does not link to the SOC code (${report.iscoMismatches.length}), to review:`);
	for (const m of report.iscoMismatches)
		console.log(
			`  ${m.file} → codes.isco ${m.isco} "${m.iscoTitle}" for SOC ${m.soc}; the crosswalk suggests ${m.suggestions.join('; ')}`,
		);
	console.log('');
}
if (report.missing.length > 0) {
	console.log(`Roles without codes (${report.missing.length}):`);
	for (const m of report.missing)
		console.log(
			`  ${m.file} → codes.${m.missing.join(', codes.')} missing; ${m.suggestions.length > 0 ? `suggestions: ${m.suggestions.join('; ')}` : 'no exact title match in O*NET: look the role up at https://www.onetonline.org/'}`,
		);
	console.log('');
}
if (report.withoutFigures.length > 0) {
	console.log(`Codes BLS publishes no wages for, so the role shows no pay (${report.withoutFigures.length}):`);
	for (const m of report.withoutFigures)
		console.log(
			`  ${m.file} → codes.soc ${m.soc} for "${m.role}"; ${m.suggestions.length > 0 ? `BLS publishes ${m.suggestions.join('; ')} in the same group` : 'BLS publishes nothing in its group either'}`,
		);
	console.log('');
}
if (report.errors.length > 0) {
	console.log(`Wrong codes (${report.errors.length}):`);
	for (const error of report.errors) console.log(`  ${error.file} → ${error.field}: ${error.message}`);
	process.exit(1);
}
console.log('No wrong codes: every SOC and ISCO-08 code is in the official lists.');
