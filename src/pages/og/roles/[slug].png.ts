import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../../lib/library';
import { pngResponse, renderOgImage, type OgCard } from '../../../lib/og-image';

export const getStaticPaths = (async () => {
	const library = await getLibrary();
	return library.roles.map((role) => ({
		params: { slug: role.id },
		props: {
			kicker: library.departmentById.get(role.data.department)!.data.name,
			title: role.data.title,
			subtitle: 'Job description, duties and interview questions',
		},
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) => pngResponse(await renderOgImage(props));
