import type { APIRoute } from 'astro';
import { devOnlyRolePaths, type RoleProps } from '../../lib/library';
import { roleExport } from '../../lib/role-exports';

export const getStaticPaths = devOnlyRolePaths;

export const GET: APIRoute<RoleProps> = ({ props }) =>
	new Response(roleExport('txt', props.role, props.library), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
