import type { APIRoute } from 'astro';
import { apiRoleJson } from '../../../lib/api';
import { devOnlyRolePaths, type RoleProps } from '../../../lib/library';

export const getStaticPaths = devOnlyRolePaths;

export const GET: APIRoute<RoleProps> = ({ props }) =>
	new Response(apiRoleJson(props.role, props.library), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
