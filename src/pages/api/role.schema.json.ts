import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { apiRoleSchema, json } from '../../lib/api';
import { absoluteUrl } from '../../lib/head';
import { API_SCHEMA_URL } from '../../lib/urls';

/** Generated from the content schema, so it can never drift from what the build accepts. */
export const GET: APIRoute = () =>
	json({
		$id: absoluteUrl(API_SCHEMA_URL),
		title: 'Rolebook role',
		...z.toJSONSchema(apiRoleSchema, { io: 'output' }),
	});
