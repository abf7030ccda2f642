import type { APIRoute } from 'astro';
import { pngResponse, renderOgImage } from '../../lib/og-image';

export const GET: APIRoute = async () =>
	pngResponse(
		await renderOgImage({
			kicker: 'Open library',
			title: 'Job descriptions for every role',
			subtitle: 'Duties, requirements and interview questions, free to use',
		}),
	);
