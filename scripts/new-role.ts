// Scaffolds a role with every field filled by a TODO marker: valid for the build, refused by
// `npm run lint:content` until each TODO is written.
// Usage: npm run new-role -- "Data Engineer" --department data [--level mid] [--dir content]
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { withArticle } from '../src/lib/articles.ts';
import { ContentFileError, readDepartments, readRoles, type RoleFile } from '../src/lib/content-files.ts';
import { LOOK_FOR_MIN_CHARS } from '../src/schemas/limits.ts';
import { LEVELS, type Level } from '../src/schemas/role.ts';
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		department: { type: 'string' },
		level: { type: 'string', default: 'mid' },
		dir: { type: 'string', default: process.env['ROLEBOOK_CONTENT_DIR'] ?? 'content' },
	},
});

function fail(message: string): never {
	console.error(`new-role: ${message}`);
	process.exit(1);
}

const title = positionals.join(' ').trim();
if (!title) fail('give the role title, e.g. npm run new-role -- "Data Engineer" --department data');
const slug = title
	.normalize('NFKD')
	.toLowerCase()
	.replace(/[^a-z0-9]+/g, '-')
	.replace(/^-|-$/g, '');
const dir = values.dir!;
let departments: string[];
let roles: RoleFile[];
try {
	departments = readDepartments(dir).map((department) => department.id);
	roles = readRoles(dir);
} catch (error) {
	if (error instanceof ContentFileError) fail(`fix ${error.message} first`);
	throw error;
}
if (!values.department || !departments.includes(values.department)) {
	fail(`--department must be one of: ${departments.sort().join(', ')}`);
}
if (!LEVELS.includes(values.level as Level)) fail(`--level must be one of: ${LEVELS.join(', ')}`);
const file = join(dir, 'roles', `${slug}.mdx`);
if (existsSync(file)) fail(`${file} already exists`);

// Roles of the same department first, then any: two related roles the author will replace.
const related = [...roles.filter((role) => role.data['department'] === values.department), ...roles]
	.map((role) => role.slug)
	.filter((s, i, all) => all.indexOf(s) === i)
	.slice(0, 2);
if (related.length < 2) fail('the library needs at least two roles to suggest related ones');

const todo = (what: string) => `"TODO: ${what}"`;
const list = (count: number, what: string) =>
	Array.from({ length: count }, (_, i) => `  - ${todo(`${what} ${i + 1}`)}`).join('\n');
const questions = Array.from(
	{ length: 5 },
	(_, i) =>
		`  - question: ${todo(`interview question ${i + 1}`)}\n    lookFor: ${todo(`what a strong answer contains and what a weak one sounds like, in ${LOOK_FOR_MIN_CHARS} characters or more`)}`,
).join('\n');

writeFileSync(
	file,
	`---
title: ${JSON.stringify(title)}
summary: ${todo(`one plain sentence on what ${withArticle(title)} does, 50 to 160 characters`)}
department: ${values.department}
level: ${values.level}
alternateTitles:
  - ${todo('a name people search for (abbreviation, spelling or regional variant)')}
searchTerms:
  - ${todo('a credential, acronym or misspelling people type (RN, CDL, CPA); or remove')}
duties:
${list(8, 'one specific duty, one sentence, not shared with other roles;')}
requirements:
  - "{years}+ years of TODO: experience doing what?"
${list(5, 'requirement')}
skills:
${list(5, 'skill as a short noun phrase')}
education: ${todo('one sentence; may say no formal degree is required')}
experienceYears: 2
interviewQuestions:
${questions}
related:
${related.map((s) => `  - ${s}`).join('\n')}
reportsTo: ${todo('the role slug of the manager (engineering-manager) or a title in words')}
workEnvironment:
  setting: ${todo('where the work happens: office, site, ward, vehicle; indoors or out')}
  schedule: ${todo('hours, shifts, nights and weekends, on-call, travel')}
  physicalDemands:
    - ${todo('lifting with weights, standing, climbing; [] for desk roles')}
howToBecome:
${list(3, 'a step into the role: education, license and who issues it, typical time, entry routes;')}
updated: ${new Date().toISOString().slice(0, 10)}
---

TODO: at least 120 words on what ${withArticle(title)} does: what a day looks like, who they work with, where
they work and who judges the work, and how. Then any extra sections as ### headings.
`,
);
console.log(`Created ${file}. Replace every TODO, then run npm run lint:content.`);
