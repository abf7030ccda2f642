import type { APIRoute } from 'astro';
import { devOnlyRolePaths, type RoleProps } from '../../../lib/library';
import { pngResponse, renderOgImage } from '../../../lib/og-image';
import { roleCard } from '../../../lib/role-outputs';

export const getStaticPaths = devOnlyRolePaths;

export const GET: APIRoute<RoleProps> = async ({ props }) =>
	pngResponse(await renderOgImage(roleCard(props.role, props.library)));
