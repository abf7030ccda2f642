import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../../lib/library';
import { pngResponse, renderOgImage, type OgCard } from '../../../lib/og-image';
import { roleCount } from '../../../lib/format';
import { departmentRoles } from '../../../lib/roles';

export const getStaticPaths = (async () => {
	const library = await getLibrary();
	return library.departments.map((department) => ({
		params: { slug: department.id },
		props: {
			kicker: 'Department',
			title: department.data.name,
			subtitle: `${roleCount(departmentRoles(library, department.id).length)} with job descriptions`,
		},
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) => pngResponse(await renderOgImage(props));
