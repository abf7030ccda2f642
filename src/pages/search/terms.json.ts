import type { APIRoute } from 'astro';
import { json } from '../../lib/api';
import { getLibrary } from '../../lib/library';
import { onetSearchTitles } from '../../lib/search-terms';
import { words } from '../../client/spelling';

/**
 * Every word of every role title, alternate title, search term and O*NET search title: the vocabulary for
 * typo correction, so a word only the O*NET titles hold ("flight nurse") is not "corrected".
 */
export const GET: APIRoute = async () => {
	const { roles } = await getLibrary();
	const vocabulary = new Set(
		roles.flatMap((role) =>
			[
				role.data.title,
				...role.data.alternateTitles,
				...role.data.searchTerms,
				...onetSearchTitles(role, roles),
			].flatMap(words),
		),
	);
	return json([...vocabulary].filter((word) => word.length > 1).sort());
};
