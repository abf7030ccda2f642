import { cacheKey, readCached, writeCached } from './build-cache';
import type { Library, RoleEntry } from './library';
import { exportCodeVersion, roleToMarkdown, roleToPlainText } from './role-document';
import { roleDocumentInput } from './roles';

const writers = { md: roleToMarkdown, txt: roleToPlainText } as const;

/**
 * A role's Markdown or plain-text export, from the build cache when neither the role nor the
 * export code changed since it was last written.
 */
export function roleExport(format: keyof typeof writers, role: RoleEntry, library: Library): string {
	const input = roleDocumentInput(library, role);
	const key = cacheKey(format, exportCodeVersion, input);
	const cached = readCached('exports', key);
	if (cached) return cached.toString('utf8');
	const text = writers[format](input);
	writeCached('exports', key, text);
	return text;
}
