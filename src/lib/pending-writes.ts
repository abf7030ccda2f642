/**
 * Files the build writes beside its pages (src/lib/role-outputs.ts), still in flight. Shared
 * through globalThis because the pages and the integration that waits for them at the end of the
 * build are loaded as separate module graphs in one process.
 */
export const pendingWrites = (): Promise<unknown>[] =>
	((globalThis as Record<symbol, unknown>)[Symbol.for('rolebook.pending-writes')] ??= []) as Promise<unknown>[];

/** Waits for every pending write; the first error fails the build. Returns how many there were. */
export async function allWritten(): Promise<number> {
	const pending = pendingWrites();
	const count = pending.length;
	await Promise.all(pending.splice(0));
	return count;
}
