import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { outDir } from '../site.config';
import { apiRoleJson } from './api';
import type { Library, RoleEntry } from './library';
import { renderOgImage } from './og-image';
import { pendingWrites } from './pending-writes';
import { roleExport } from './role-exports';
import { apiRoleUrl, ogImageUrl, roleExportUrl } from './urls';

/**
 * The files a role has besides its page: its Markdown and plain-text downloads, its JSON API
 * entry and its Open Graph card. A production build writes them while it renders the role's page,
 * straight to disk, instead of as four more Astro routes per role: the route machinery cost more
 * than the work (docs/PERFORMANCE.md). The dev server serves the same URLs through routes
 * (src/pages/roles/[slug].md.ts and its siblings), so a link never depends on which one ran.
 */

/** The card every role shares the layout of: department above, title, what the page offers. */
export const roleCard = (role: RoleEntry, library: Library) => ({
	kicker: library.departmentById.get(role.data.department)!.data.name,
	title: role.data.title,
	subtitle: 'Job description, duties and interview questions',
});

/** Folders made so far: a thousand roles share three folders, so each is made once. */
const folders = new Map<string, Promise<unknown>>();

async function write(path: string, data: string | Buffer): Promise<void> {
	const file = join(outDir, path);
	const folder = dirname(file);
	if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
	await folders.get(folder);
	await writeFile(file, data);
}

/** Starts writing a role's other files; `allWritten()` waits for them at the end of the build. */
export function writeRoleOutputs(role: RoleEntry, library: Library): void {
	pendingWrites().push(
		write(roleExportUrl(role.id, 'md'), roleExport('md', role, library)),
		write(roleExportUrl(role.id, 'txt'), roleExport('txt', role, library)),
		write(apiRoleUrl(role.id), apiRoleJson(role, library)),
		renderOgImage(roleCard(role, library)).then((png) => write(ogImageUrl('roles', role.id), png)),
	);
}
