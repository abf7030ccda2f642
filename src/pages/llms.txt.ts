import { API_ROLES_URL, API_SCHEMA_URL, roleExportUrl } from '../lib/urls';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/head';
import { getLibrary } from '../lib/library';
import { departmentRoles } from '../lib/roles';
import { site } from '../site.config';

/** The library for language-model tools (llmstxt.org): one Markdown link per role, by department. */
export const GET: APIRoute = async () => {
	const library = await getLibrary();
	const lines = [
		`# ${site.name}`,
		'',
		`> ${site.description} Each link below is the role as clean Markdown.`,
		'',
		`The whole library as JSON: ${absoluteUrl(API_ROLES_URL)} (schema: ${absoluteUrl(API_SCHEMA_URL)}).`,
	];
	for (const department of library.departments) {
		lines.push('', `## ${department.data.name}`, '');
		for (const role of departmentRoles(library, department.id)) {
			lines.push(`- [${role.data.title}](${absoluteUrl(roleExportUrl(role.id, 'md'))}): ${role.data.summary}`);
		}
	}
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
