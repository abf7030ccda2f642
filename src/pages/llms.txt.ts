import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/head';
import { getLibrary } from '../lib/library';
import { departmentRoles } from '../lib/roles';
import { site } from '../site.config';
import { API_ROLES_SCHEMA_URL, API_ROLES_URL, API_SCHEMA_URL, apiRoleUrl, roleExportUrl } from '../lib/urls';

/** The library for language-model tools (llmstxt.org): one Markdown link per role, by department. */
export const GET: APIRoute = async () => {
	const library = await getLibrary();
	const example = library.roles[0]?.id ?? 'nurse';
	const lines = [
		`# ${site.name}`,
		'',
		`> ${site.description} Each role link below is the role as clean Markdown.`,
		'',
		'## Data',
		'',
		`- [Role index](${absoluteUrl(API_ROLES_URL)}): every role in brief (slug, title, department, level, summary, alternate titles, URL, last reviewed), described by ${absoluteUrl(API_ROLES_SCHEMA_URL)}`,
		`- [One role in full](${absoluteUrl(apiRoleUrl(example))}): /api/roles/<slug>.json for each slug in the index, with placeholders as written ({company}, {location}, {years}), their default text and the exports as templates, described by ${absoluteUrl(API_SCHEMA_URL)}`,
	];
	for (const department of library.departments) {
		lines.push('', `## ${department.data.name}`, '');
		for (const role of departmentRoles(library, department.id)) {
			lines.push(`- [${role.data.title}](${absoluteUrl(roleExportUrl(role.id, 'md'))}): ${role.data.summary}`);
		}
	}
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
