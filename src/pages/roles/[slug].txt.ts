import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, type RoleEntry } from '../../lib/library';
import { roleExport } from '../../lib/role-exports';

export const getStaticPaths = (async () =>
	(await getLibrary()).roles.map((role) => ({ params: { slug: role.id }, props: { role } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ role: RoleEntry }> = ({ props }) =>
	new Response(roleExport('txt', props.role), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
