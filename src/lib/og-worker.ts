import { parentPort } from 'node:worker_threads';
import { drawCard, type OgCard } from './og-card.ts';
import type { DrawnCard } from './og-image.ts';

// One of the OG image worker threads started by og-image.ts: draws each batch of cards it is
// sent and answers with one message for the batch.
parentPort!.on('message', async (batch: { id: number; card: OgCard }[]) => {
	const results: DrawnCard[] = [];
	for (const { id, card } of batch) {
		try {
			results.push({ id, png: await drawCard(card) });
		} catch (error) {
			results.push({ id, error: String(error) });
		}
	}
	parentPort!.postMessage(results);
});
