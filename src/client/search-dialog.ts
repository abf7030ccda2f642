/**
 * The header's search dialog: a native modal <dialog> (focus stays inside, Escape closes it) around
 * the search box. Built on first use, so pages carry none of it until a visitor searches.
 */
import { searchUrl } from '../lib/urls';
import { createSearchBox, type SearchBox } from './search-box';
import { loadSearchEngine } from './search-engine';

let dialog: HTMLDialogElement | undefined;
let box: SearchBox | undefined;

function build() {
	const close = document.createElement('button');
	Object.assign(close, { type: 'button', className: 'button', textContent: 'Close' });
	box = createSearchBox({
		id: 'search-dialog',
		label: 'Search job descriptions',
		hideLabel: true,
		limit: 5,
		beside: close,
		allResultsUrl: searchUrl,
	});
	box.input.placeholder = 'Role, credential or skill';
	const hints = document.createElement('p');
	hints.className = 'search-hints';
	hints.innerHTML = '<kbd>↓</kbd> results <kbd>Enter</kbd> open <kbd>Esc</kbd> close';
	dialog = document.createElement('dialog');
	dialog.className = 'search-dialog';
	dialog.setAttribute('aria-label', 'Search job descriptions');
	dialog.append(box.element, hints);
	close.addEventListener('click', () => dialog!.close());
	// Escape closes the dialog even from the field, which would otherwise only clear itself. (The
	// search box keeps the first Escape when a result is highlighted.)
	dialog.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !event.defaultPrevented) {
			event.preventDefault();
			dialog!.close();
		}
	});
	// A click on the backdrop (outside the dialog's box) closes it, as on most sites.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog!.close();
	});
	document.body.append(dialog);
}

/** Starts loading search (code and Pagefind) without opening anything. */
export function prepareSearch() {
	void loadSearchEngine();
}

/** Opens the dialog, searching for `query` when given. */
export function openSearch(query = '') {
	if (!dialog) build();
	if (!dialog!.open) dialog!.showModal();
	const { input } = box!;
	if (query) {
		input.value = query;
		box!.searchSoon();
	}
	input.focus();
}
