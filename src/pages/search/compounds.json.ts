import type { APIRoute } from 'astro';
import { json } from '../../lib/api';
import { getLibrary } from '../../lib/library';
import { onetSearchTitles } from '../../lib/search-terms';
import { compoundsOf } from '../../client/search-query';

/**
 * Compound words the library writes both apart and together ("help desk" and "helpdesk"): the
 * search runs a query with them written the other way too. Small, so the first search can afford it.
 */
export const GET: APIRoute = async () => {
	const { roles } = await getLibrary();
	return json(
		compoundsOf(
			roles.flatMap((role) => [
				role.data.title,
				...role.data.alternateTitles,
				...role.data.searchTerms,
				...onetSearchTitles(role, roles),
			]),
		),
	);
};
