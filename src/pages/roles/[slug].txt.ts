import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, type RoleEntry } from '../../lib/library';
import { roleToPlainText } from '../../lib/role-document';
import { roleDocumentInput } from '../../lib/roles';

export const getStaticPaths = (async () =>
	(await getLibrary()).roles.map((role) => ({ params: { slug: role.id }, props: { role } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ role: RoleEntry }> = ({ props }) =>
	new Response(roleToPlainText(roleDocumentInput(props.role)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
