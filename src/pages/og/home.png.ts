import type { APIRoute } from 'astro';
import { pngResponse, renderOgImage } from '../../lib/og-image';
import { site } from '../../site.config';

export const GET: APIRoute = async () =>
	pngResponse(
		await renderOgImage({ kicker: 'Open library', title: 'Job descriptions for every role', subtitle: site.tagline }),
	);
