import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { apiRoleSummarySchema, json } from '../../lib/api';
import { absoluteUrl } from '../../lib/head';
import { API_ROLES_SCHEMA_URL } from '../../lib/urls';

/** The index /api/roles.json: one summary per role. Generated from the same schema as the index. */
export const GET: APIRoute = () =>
	json({
		$id: absoluteUrl(API_ROLES_SCHEMA_URL),
		title: 'Rolebook role index',
		...z.toJSONSchema(z.array(apiRoleSummarySchema), { io: 'output' }),
	});
