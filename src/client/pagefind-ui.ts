/**
 * Loads Pagefind's Component UI on demand (first focus, click or shortcut), so no page pays for
 * search until a visitor searches, and adds typo correction on top of it.
 */
import { correctQuery, matchedWords } from './spelling';
import { SEARCH_TERMS_URL } from '../lib/urls';

interface PagefindResult {
	data(): Promise<{ excerpt: string }>;
}
interface Instance {
	triggerSearch(term: string): void;
	on(event: 'search', callback: (term: string) => void): void;
	on(event: 'results', callback: (results: { results: PagefindResult[] }) => void): void;
}
declare global {
	interface Window {
		PagefindComponents?: { getInstanceManager(): { getInstance(name: string): Instance } };
	}
}

let loading: Promise<Instance> | undefined;

function addAsset(tag: 'link' | 'script', url: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const element = document.createElement(tag);
		if (element instanceof HTMLLinkElement) Object.assign(element, { rel: 'stylesheet', href: url });
		else Object.assign(element, { src: url });
		element.addEventListener('load', () => resolve());
		element.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
		document.head.append(element);
	});
}

let vocabulary: Promise<string[]> | undefined;
const loadVocabulary = () =>
	(vocabulary ??= fetch(SEARCH_TERMS_URL)
		.then((response) => response.json() as Promise<string[]>)
		.catch(() => []));

/**
 * When a search finds nothing, or only loose matches that do not contain a misspelt word,
 * searches again with that word corrected.
 */
function addTypoCorrection(instance: Instance, onCorrected: (original: string, corrected?: string) => void) {
	let term = '';
	let correcting = false;
	instance.on('search', (searched) => {
		if (!correcting) {
			term = searched;
			onCorrected(term);
		}
	});
	instance.on('results', async ({ results }) => {
		if (correcting) {
			correcting = false;
			return;
		}
		if (!term.trim()) return;
		const searched = term;
		const excerpts = await Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).excerpt));
		// A newer search may have started while the excerpts loaded.
		if (searched !== term) return;
		const corrected = correctQuery(term, await loadVocabulary(), matchedWords(term, excerpts));
		if (!corrected) return;
		correcting = true;
		onCorrected(term, corrected);
		instance.triggerSearch(corrected);
	});
}

/** Pagefind's UI and its default instance, loaded once. */
export function loadSearch(onCorrected: (original: string, corrected?: string) => void = () => {}): Promise<Instance> {
	loading ??= Promise.all([
		addAsset('link', '/pagefind/pagefind-component-ui.css'),
		addAsset('script', '/pagefind/pagefind-component-ui.js'),
	]).then(() => {
		const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
		addTypoCorrection(instance, onCorrected);
		return instance;
	});
	return loading;
}
