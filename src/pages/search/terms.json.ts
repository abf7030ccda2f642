import type { APIRoute } from 'astro';
import { json } from '../../lib/api';
import { getLibrary } from '../../lib/library';
import { words } from '../../scripts/spelling';

/** Every word of every role title and alternate title: the vocabulary for typo correction. */
export const GET: APIRoute = async () => {
	const { roles } = await getLibrary();
	const vocabulary = new Set(roles.flatMap((role) => [role.data.title, ...role.data.alternateTitles].flatMap(words)));
	return json([...vocabulary].filter((word) => word.length > 1).sort());
};
