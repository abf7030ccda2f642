import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../lib/library';
import { recentlyUpdated } from '../lib/roles';
import { roleUrl } from '../lib/urls';
import { site } from '../site.config';

export const GET: APIRoute = async (context) => {
	const library = await getLibrary();
	return rss({
		title: `${site.name}: recently reviewed job descriptions`,
		description: site.description,
		site: context.site!,
		trailingSlash: true,
		items: recentlyUpdated(library.roles, library.roles.length).map((role) => ({
			title: `${role.data.title} Job Description`,
			description: role.data.summary,
			link: roleUrl(role.id),
			pubDate: role.data.updated,
			categories: [library.departmentById.get(role.data.department)!.data.name],
		})),
	});
};
