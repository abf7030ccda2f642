import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheKey, readCached, writeCached } from './build-cache';
import { DESIGN_VERSION, drawCard, type OgCard } from './og-card';

export type { OgCard } from './og-card';

/**
 * Drawing a card costs about 20 ms of CPU (layout, rasterizing, PNG encoding), which for 1,000
 * roles is most of a cold build. Cards are therefore drawn in worker threads, one per core, while
 * the main thread goes on rendering pages, and kept in the build cache by a hash of their inputs
 * so a rebuild draws only the cards whose text or design changed.
 */
const workerFile = join(process.cwd(), 'src/lib/og-worker.ts');

interface Job {
	resolve: (png: Buffer) => void;
	reject: (error: Error) => void;
}
interface Pooled {
	worker: Worker;
	jobs: Map<number, Job>;
}
let pool: Pooled[] | undefined;
let nextId = 0;

function startPool(): Pooled[] {
	const size = Math.max(1, Math.min(availableParallelism(), 8));
	return Array.from({ length: size }, () => {
		const pooled: Pooled = { worker: new Worker(workerFile), jobs: new Map() };
		pooled.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
			const job = pooled.jobs.get(id)!;
			pooled.jobs.delete(id);
			// An idle worker must not keep the build process alive once the build is done.
			if (pooled.jobs.size === 0) pooled.worker.unref();
			if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
			else job.reject(new Error(`Could not draw an OG image: ${error}`));
		});
		pooled.worker.on('error', (error) => {
			for (const job of pooled.jobs.values()) job.reject(error);
			pooled.jobs.clear();
		});
		pooled.worker.unref();
		return pooled;
	});
}

function drawInPool(card: OgCard): Promise<Buffer> {
	// Without the worker source (a build started outside the project folder), draw in this thread.
	if (!pool && !existsSync(workerFile)) return drawCard(card);
	pool ??= startPool();
	const pooled = pool.reduce((least, each) => (each.jobs.size < least.jobs.size ? each : least));
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pooled.jobs.set(id, { resolve, reject });
		pooled.worker.ref();
		pooled.worker.postMessage({ id, card });
	});
}

/** A 1200×630 PNG card, from the build cache when one with the same inputs was drawn before. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
	const key = cacheKey(DESIGN_VERSION, card);
	const cached = readCached('og-images', key);
	if (cached) return cached;
	const png = await drawInPool(card);
	writeCached('og-images', key, png);
	return png;
}

export const pngResponse = (png: Buffer) =>
	new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
