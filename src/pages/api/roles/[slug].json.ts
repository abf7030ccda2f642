import type { APIRoute, GetStaticPaths } from 'astro';
import { json, toApiRole } from '../../../lib/api';
import { getLibrary, type RoleEntry } from '../../../lib/library';

export const getStaticPaths = (async () =>
	(await getLibrary()).roles.map((role) => ({ params: { slug: role.id }, props: { role } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ role: RoleEntry }> = ({ props }) => json(toApiRole(props.role));
