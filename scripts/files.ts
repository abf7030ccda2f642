// Files under a folder for the Node tools, found with fs.globSync rather than a hand-written walk.
import { existsSync, globSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of the files under `folder` matching `pattern`, relative to it, sorted ("roles/a/index.html"). */
export const filesUnder = (folder: string, pattern = '**'): string[] =>
	globSync(pattern, { cwd: folder, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(join(folder).length + 1))
		.sort();

/** Bytes of the files under `folder`; 0 when it does not exist. */
export const folderBytes = (folder: string): number =>
	existsSync(folder) ? filesUnder(folder).reduce((sum, file) => sum + statSync(join(folder, file)).size, 0) : 0;

/** Bytes of Pagefind's index in a built site: the index chunks, the fragments and the filters. */
export const pagefindIndexBytes = (site: string): number =>
	['index', 'fragment', 'filter'].reduce((sum, sub) => sum + folderBytes(join(site, 'pagefind', sub)), 0);
