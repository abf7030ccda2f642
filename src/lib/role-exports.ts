import { fillPlaceholders, placeholderDefaults } from '../schemas/placeholders';
import { cacheKey, readCached, writeCached } from './build-cache';
import type { Library, RoleEntry } from './library';
import { exportCodeVersion, roleTree, toMarkdown, toPlainText, type RoleDocumentInput } from './role-document';
import { absoluteUrl } from './head';
import { payFor } from './pay';
import { reportsTo } from './roles';
import { roleUrl, type ExportFormat } from './urls';

/** What the exports need from a role entry: its data, its manager's title, its overview, its URL and its pay. */
const roleDocumentInput = (library: Library, role: RoleEntry): RoleDocumentInput => ({
	data: role.data,
	reportsTo: reportsTo(library, role)?.title,
	body: role.body ?? '',
	url: absoluteUrl(roleUrl(role.id)),
	pay: payFor(role.data),
});

/**
 * The last role's exports: its downloads and its API entry ask for them one after another while
 * its page renders, so one entry is enough, and a 10,000-role build does not hold them all.
 */
let last: { role: RoleEntry; exports: Record<ExportFormat, string> } | undefined;

/**
 * A role's Markdown and plain-text exports with the placeholders as written ("{years}+ years"),
 * from one document tree, or from the build cache when neither the role nor the export code
 * changed since they were last written.
 */
export function roleExportTemplates(role: RoleEntry, library: Library): Record<ExportFormat, string> {
	if (last?.role === role) return last.exports;
	const input = roleDocumentInput(library, role);
	const key = cacheKey(exportCodeVersion, input);
	const [md, txt] = [readCached('exports', `${key}.md`), readCached('exports', `${key}.txt`)];
	let exports: Record<ExportFormat, string>;
	if (md && txt) exports = { md: md.toString('utf8'), txt: txt.toString('utf8') };
	else {
		const tree = roleTree(input);
		exports = { md: toMarkdown(tree), txt: toPlainText(tree) };
		writeCached('exports', `${key}.md`, exports.md);
		writeCached('exports', `${key}.txt`, exports.txt);
	}
	last = { role, exports };
	return exports;
}

export const roleExportTemplate = (format: ExportFormat, role: RoleEntry, library: Library): string =>
	roleExportTemplates(role, library)[format];

/** The export as a download reads: placeholders show what the page shows by default ("3+ years", "[Location]"). */
export const roleExport = (format: ExportFormat, role: RoleEntry, library: Library): string =>
	fillPlaceholders(roleExportTemplate(format, role, library), placeholderDefaults(role.data.experienceYears));
