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
/** What a worker sends back for each card of a batch. */
export type DrawnCard = { id: number; png: Uint8Array } | { id: number; error: string };

let pool: Pooled[] | undefined;
let nextId = 0;
/**
 * Cards are sent to the workers in batches: one message per card cost more time in the main
 * thread (about 1.7 ms each, measured with --cpu-prof at 1,000 roles) than drawing costs.
 */
const BATCH = 16;
let queued: { id: number; card: OgCard; job: Job }[] = [];
let flushScheduled = false;

function startPool(): Pooled[] {
	const size = Math.max(1, Math.min(availableParallelism(), 8));
	return Array.from({ length: size }, () => {
		const pooled: Pooled = { worker: new Worker(workerFile), jobs: new Map() };
		pooled.worker.on('message', (results: DrawnCard[]) => {
			for (const result of results) {
				const job = pooled.jobs.get(result.id)!;
				pooled.jobs.delete(result.id);
				if ('png' in result) job.resolve(Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength));
				else job.reject(new Error(`Could not draw an OG image: ${result.error}`));
			}
			// An idle worker must not keep the build process alive once the build is done.
			if (pooled.jobs.size === 0) pooled.worker.unref();
		});
		pooled.worker.on('error', (error) => {
			for (const job of pooled.jobs.values()) job.reject(error);
			pooled.jobs.clear();
		});
		pooled.worker.unref();
		return pooled;
	});
}

/** Sends the queued cards, as one batch, to the worker with the least work. */
function flush(): void {
	flushScheduled = false;
	if (queued.length === 0) return;
	const pooled = pool!.reduce((least, each) => (each.jobs.size < least.jobs.size ? each : least));
	for (const { id, job } of queued) pooled.jobs.set(id, job);
	pooled.worker.ref();
	pooled.worker.postMessage(queued.map(({ id, card }) => ({ id, card })));
	queued = [];
}

function drawInPool(card: OgCard): Promise<Buffer> {
	// Without the worker source (a build started outside the project folder), draw in this thread.
	if (!pool && !existsSync(workerFile)) return drawCard(card);
	pool ??= startPool();
	const id = nextId++;
	return new Promise((resolve, reject) => {
		queued.push({ id, card, job: { resolve, reject } });
		if (queued.length >= BATCH) flush();
		else if (!flushScheduled) {
			flushScheduled = true;
			setImmediate(flush);
		}
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
