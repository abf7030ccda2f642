import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A content-addressed cache for build artifacts that are slow to make (OG images, exports). Each
 * entry is named by a hash of everything that decides its bytes, so a rebuild redoes only the
 * entries whose inputs changed and never serves a stale one.
 */
const root = process.env.ROLEBOOK_CACHE_DIR ?? 'node_modules/.astro';

/** A short, stable key for any JSON-serializable inputs. */
export const cacheKey = (...inputs: unknown[]): string =>
	createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);

export function readCached(namespace: string, key: string): Buffer | undefined {
	try {
		return readFileSync(join(root, namespace, key));
	} catch {
		return undefined;
	}
}

export function writeCached(namespace: string, key: string, data: Buffer | string): void {
	const dir = join(root, namespace);
	mkdirSync(dir, { recursive: true });
	// Write then rename, so a build stopped half-way never leaves a truncated entry behind.
	const temporary = join(dir, `${key}.${process.pid}.tmp`);
	writeFileSync(temporary, data);
	renameSync(temporary, join(dir, key));
}
