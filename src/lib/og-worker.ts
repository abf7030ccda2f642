import { parentPort } from 'node:worker_threads';
import { drawCard, type OgCard } from './og-card.ts';

// One of the OG image worker threads started by og-image.ts: draws the cards it is sent.
parentPort!.on('message', async ({ id, card }: { id: number; card: OgCard }) => {
	try {
		const png = await drawCard(card);
		parentPort!.postMessage({ id, png });
	} catch (error) {
		parentPort!.postMessage({ id, error: String(error) });
	}
});
