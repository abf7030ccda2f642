import { z } from 'astro/zod';
import { PLACEHOLDER_NAMES, placeholderDefaults } from '../schemas/placeholders';
import { payAndOutlookSchema } from '../schemas/pay';
import { roleSchema } from '../schemas/role';
import { absoluteUrl } from './head';
import type { Library, RoleEntry } from './library';
import { payFor } from './pay';
import { roleExportTemplate } from './role-exports';
import { isoDate } from './format';
import { roleExportUrl, roleUrl } from './urls';

/**
 * A role as the JSON API serves it: the frontmatter with its placeholders as written ({years},
 * {company}, {location}), what each placeholder reads as by default, where the role lives, its
 * overview and its exports.
 */
export const apiRoleSchema = roleSchema.extend({
	slug: z.string(),
	url: z.url(),
	updated: z.iso.date(),
	/** The overview, in Markdown. */
	body: z.string(),
	/** What each placeholder reads as until it is filled in: "[Company name]", "[Location]", "3". */
	placeholders: z.record(z.enum(PLACEHOLDER_NAMES), z.string()),
	/** Markdown and plain-text exports of the role, placeholders shown as their defaults. */
	exports: z.strictObject({ markdown: z.url(), text: z.url() }),
	/** The same exports with the placeholders as written, to fill in with your own values. */
	templates: z.strictObject({ markdown: z.string(), text: z.string() }),
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

export function toApiRole(role: RoleEntry, library: Library): ApiRole {
	const url = absoluteUrl(roleUrl(role.id));
	return {
		slug: role.id,
		...role.data,
		url,
		updated: isoDate(role.data.updated),
		body: (role.body ?? '').trim(),
		placeholders: placeholderDefaults(role.data.experienceYears),
		exports: { markdown: absoluteUrl(roleExportUrl(role.id, 'md')), text: absoluteUrl(roleExportUrl(role.id, 'txt')) },
		templates: { markdown: roleExportTemplate('md', role, library), text: roleExportTemplate('txt', role, library) },
		payAndOutlook: payFor(role.data) ?? null,
	};
}

export function toApiRoleSummary(role: RoleEntry): z.infer<typeof apiRoleSummarySchema> {
	const { title, department, level, summary, alternateTitles } = role.data;
	const url = absoluteUrl(roleUrl(role.id));
	return {
		slug: role.id,
		title,
		department,
		level,
		summary,
		alternateTitles,
		url,
		updated: isoDate(role.data.updated),
	};
}

/** A role's entry in the JSON API, as its file holds it. */
export const apiRoleJson = (role: RoleEntry, library: Library) => jsonText(toApiRole(role, library));

const jsonText = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
export const json = (data: unknown) =>
	new Response(jsonText(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
