import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, type Library, type RoleEntry } from '../../lib/library';
import { roleExport } from '../../lib/role-exports';

export const getStaticPaths = (async () => {
	const library = await getLibrary();
	return library.roles.map((role) => ({ params: { slug: role.id }, props: { role, library } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ role: RoleEntry; library: Library }> = ({ props }) =>
	new Response(roleExport('txt', props.role, props.library), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
