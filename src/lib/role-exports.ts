import { fillPlaceholders, placeholderDefaults } from '../schemas/placeholders';
import { cacheKey, readCached, writeCached } from './build-cache';
import type { Library, RoleEntry } from './library';
import { exportCodeVersion, roleToMarkdown, roleToPlainText } from './role-document';
import { roleDocumentInput } from './roles';
import type { ExportFormat } from './urls';

const writers: Record<ExportFormat, typeof roleToMarkdown> = { md: roleToMarkdown, txt: roleToPlainText };

/**
 * A role's Markdown or plain-text export with the placeholders as written ("{years}+ years"),
 * from the build cache when neither the role nor the export code changed since it was last written.
 */
export function roleExportTemplate(format: ExportFormat, role: RoleEntry, library: Library): string {
	const input = roleDocumentInput(library, role);
	const key = cacheKey(format, exportCodeVersion, input);
	const cached = readCached('exports', key);
	if (cached) return cached.toString('utf8');
	const text = writers[format](input);
	writeCached('exports', key, text);
	return text;
}

/** The export as a download reads: placeholders show what the page shows by default ("3+ years", "[Location]"). */
export const roleExport = (format: ExportFormat, role: RoleEntry, library: Library): string =>
	fillPlaceholders(roleExportTemplate(format, role, library), placeholderDefaults(role.data.experienceYears));
