import { z } from 'astro/zod';
import { payAndOutlookSchema } from '../schemas/pay';
import { roleSchema } from '../schemas/role';
import { absoluteUrl } from './head';
import type { RoleEntry } from './library';
import { payFor } from './pay';
import { isoDate } from './roles';
import { roleExportUrl, roleUrl } from './urls';

/** A role as the JSON API serves it: the frontmatter, plus where it lives and its overview. */
export const apiRoleSchema = roleSchema.extend({
	slug: z.string(),
	url: z.url(),
	updated: z.iso.date(),
	/** The overview, in Markdown. */
	body: z.string(),
	/** Markdown and plain-text exports of the role. */
	exports: z.strictObject({ markdown: z.url(), text: z.url() }),
	/**
	 * US pay, outlook and typical entry for the role's SOC occupation, each part with its source
	 * and release; null when the role has no SOC code or BLS publishes nothing for it.
	 */
	payAndOutlook: payAndOutlookSchema.nullable(),
});

export type ApiRole = z.infer<typeof apiRoleSchema>;

/** The library index: enough to list, filter and link every role. */
export const apiRoleSummarySchema = apiRoleSchema.pick({
	slug: true,
	title: true,
	department: true,
	level: true,
	summary: true,
	alternateTitles: true,
	url: true,
	updated: true,
});

export function toApiRole(role: RoleEntry): ApiRole {
	const url = absoluteUrl(roleUrl(role.id));
	return {
		slug: role.id,
		...role.data,
		url,
		updated: isoDate(role.data.updated),
		body: (role.body ?? '').trim(),
		exports: { markdown: absoluteUrl(roleExportUrl(role.id, 'md')), text: absoluteUrl(roleExportUrl(role.id, 'txt')) },
		payAndOutlook: payFor(role.data) ?? null,
	};
}

export function toApiRoleSummary(role: RoleEntry): z.infer<typeof apiRoleSummarySchema> {
	const { slug, title, department, level, summary, alternateTitles, url, updated } = toApiRole(role);
	return { slug, title, department, level, summary, alternateTitles, url, updated };
}

/** A role's entry in the JSON API, as its file holds it. */
export const apiRoleJson = (role: RoleEntry) => jsonText(toApiRole(role));

const jsonText = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
export const json = (data: unknown) =>
	new Response(jsonText(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
