import type { APIRoute } from 'astro';
import { json, toApiRoleSummary } from '../../lib/api';
import { getLibrary } from '../../lib/library';

export const GET: APIRoute = async () => json((await getLibrary()).roles.map(toApiRoleSummary));
