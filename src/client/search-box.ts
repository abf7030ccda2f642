/**
 * A search field with its results as a listbox (the ARIA combobox pattern): type, move through
 * results with the arrow keys, open one with Enter or a click; how many results there are, and any
 * correction, is announced in a live region. Used by the header's search dialog and /search/.
 */
import stylesheet from '../styles/search.css?url';
import { found, runSearch, type Filters, type Found, type Outcome } from './search-engine';
import { words } from './spelling';

export interface SearchBoxOptions {
	/** Prefix for element ids, unique on the page. */
	id: string;
	/** Visible name of the field. */
	label: string;
	/** Results shown at first; the rest come with "Show more results". */
	limit: number;
	/** Hide the label (the dialog names the field itself). */
	hideLabel?: boolean;
	filters?: () => Filters;
	/** Called after each search, with the query as typed. */
	onSearch?: (query: string) => void;
	/** Placed beside the field (the dialog's close button). */
	beside?: HTMLElement;
	/** Placed under the field (the search page's filters). */
	below?: HTMLElement;
	/** Where "Show all results" leads, if the box shows only the first ones (the dialog). */
	allResultsUrl?: (query: string) => string;
}

export interface SearchBox {
	element: HTMLElement;
	input: HTMLInputElement;
	search(query: string): Promise<void>;
	/** Searches for what the field holds once typing pauses. */
	searchSoon(): void;
}

const LEVEL_SUFFIX = / level$/i;

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element: HTMLElementTagNameMap[K] = document.createElement(tag);
	Object.assign(element, props);
	element.append(...children);
	return element;
}

/** Text with the words that match the query marked, built as nodes so any text stays text. */
export function highlighted(text: string, query: string): Node[] {
	const queryWords = words(query).filter((word) => word.length > 1);
	return text.split(/(\p{L}[\p{L}\p{N}'’-]*)/u).map((part, index) => {
		const lower = part.toLowerCase();
		return index % 2 === 1 &&
			queryWords.some(
				(word) => lower.startsWith(word) || word.startsWith(lower.slice(0, Math.max(4, lower.length - 1))),
			)
			? el('mark', {}, part)
			: document.createTextNode(part);
	});
}

function labels(result: Found): HTMLElement[] {
	if (result.kind) return [el('span', { className: 'result-tag' }, result.kind)];
	return [
		...(result.department ? [el('span', { className: 'result-tag' }, `${result.department} department`)] : []),
		...(result.level
			? [
					el(
						'span',
						{ className: 'result-tag' },
						LEVEL_SUFFIX.test(result.level) ? result.level : `${result.level} level`,
					),
				]
			: []),
	];
}

// The styles come with the search code rather than with every page.
if (!document.querySelector(`link[href="${stylesheet}"]`))
	document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));

export function createSearchBox(options: SearchBoxOptions): SearchBox {
	const { id, limit } = options;
	const input = el('input', {
		id: `${id}-q`,
		type: 'search',
		autocomplete: 'off',
		spellcheck: false,
		enterKeyHint: 'go',
		className: 'search-field',
	});
	Object.entries({
		role: 'combobox',
		'aria-expanded': 'false',
		'aria-controls': `${id}-results`,
		'aria-autocomplete': 'list',
		'aria-describedby': `${id}-status`,
	}).forEach(([name, value]) => input.setAttribute(name, value));
	const label = el(
		'label',
		{ htmlFor: input.id, className: options.hideLabel ? 'visually-hidden' : 'search-label' },
		options.label,
	);
	const status = el('p', { id: `${id}-status`, className: 'search-status' });
	status.setAttribute('role', 'status');
	const correction = el('p', { className: 'search-correction', hidden: true });
	const list = el('ul', { id: `${id}-results`, className: 'search-results' });
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-label', 'Search results');
	const more = el('button', { type: 'button', className: 'button search-more', hidden: true }, 'Show more results');
	const all = el('a', { className: 'search-all', hidden: true });
	const row = el('div', { className: 'search-row' }, input, ...(options.beside ? [options.beside] : []));
	const element = el(
		'div',
		{ className: 'search-box' },
		label,
		row,
		...(options.below ? [options.below] : []),
		status,
		correction,
		list,
		more,
		all,
	);

	let outcome: Outcome | undefined;
	let shown = 0;
	let active = -1;
	let generation = 0;

	const resultOptions = () => [...list.querySelectorAll('[role="option"]')] as HTMLElement[];
	const setActive = (index: number) => {
		const items = resultOptions();
		active = items.length === 0 ? -1 : Math.max(-1, Math.min(index, items.length - 1));
		items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
		const current = items[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};

	async function showMore(count: number, query: string) {
		if (!outcome) return;
		const mine = generation;
		const next = await Promise.all(outcome.results.slice(shown, shown + count).map(found));
		if (mine !== generation) return;
		const highlight = outcome.correction?.kind === 'instead' ? outcome.correction.corrected : query;
		for (const result of next) {
			const option = el(
				'li',
				{ id: `${id}-result-${shown}`, className: 'search-result' },
				el('span', { className: 'result-title' }, ...highlighted(result.title, highlight)),
				...(result.summary
					? [el('span', { className: 'result-summary' }, ...highlighted(result.summary, highlight))]
					: []),
				el('span', { className: 'result-tags' }, ...labels(result)),
			);
			option.setAttribute('role', 'option');
			option.setAttribute('aria-selected', 'false');
			option.dataset['url'] = result.url;
			list.append(option);
			shown++;
		}
		const total = outcome.results.length;
		more.hidden = options.allResultsUrl !== undefined || shown >= total;
		if (options.allResultsUrl && shown < total) {
			all.hidden = false;
			all.href = options.allResultsUrl(query);
			all.textContent = `Show all ${total} results`;
		} else all.hidden = true;
		input.setAttribute('aria-expanded', String(shown > 0));
	}

	function describe(query: string, result: Outcome) {
		const total = result.results.length;
		const count = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;
		correction.replaceChildren();
		correction.hidden = true;
		if (!result.correction) {
			status.textContent = total === 0 ? `No results for “${query}”.` : `${count(total)} for “${query}”.`;
			return;
		}
		const { kind, corrected } = result.correction;
		const retry = (text: string, term: string) => {
			const button = el('button', { type: 'button', className: 'link-button' }, text);
			button.addEventListener('click', () => {
				input.value = term;
				void search(term, { exact: true });
				input.focus();
			});
			return button;
		};
		correction.hidden = false;
		if (kind === 'suggest') {
			status.textContent = `${count(total)} for “${query}”. Did you mean “${corrected}”?`;
			correction.append('Did you mean ', retry(`“${corrected}”`, corrected), '?');
		} else {
			status.textContent = `No close matches for “${query}”. ${count(total)} for “${corrected}”.`;
			correction.append(`No close matches for “${query}”. Showing results for “${corrected}”. `);
		}
	}

	async function search(query: string, { exact = false } = {}) {
		const mine = ++generation;
		const trimmed = query.trim();
		// One letter finds everything and says nothing: wait for a second.
		if (trimmed.length < 2) {
			outcome = undefined;
			list.replaceChildren();
			status.textContent = '';
			correction.hidden = true;
			more.hidden = true;
			all.hidden = true;
			input.setAttribute('aria-expanded', 'false');
			setActive(-1);
			options.onSearch?.(trimmed);
			return;
		}
		const result = await runSearch(trimmed, options.filters?.() ?? {}, () => mine === generation);
		if (mine !== generation) return;
		// A correction the visitor turned down, or asked for, is not corrected again.
		outcome = exact && result.correction?.kind === 'suggest' ? { query: trimmed, results: result.results } : result;
		shown = 0;
		list.replaceChildren();
		setActive(-1);
		await showMore(limit, trimmed);
		if (mine !== generation) return;
		describe(trimmed, outcome);
		options.onSearch?.(trimmed);
	}

	// Search once typing pauses; a search still running when more is typed shows nothing, so a
	// half-typed word costs no result downloads.
	let timer: ReturnType<typeof setTimeout> | undefined;
	const searchSoon = () => {
		generation++;
		clearTimeout(timer);
		timer = setTimeout(() => void search(input.value), 200);
	};
	input.addEventListener('input', searchSoon);
	input.addEventListener('keydown', (event) => {
		const count = resultOptions().length;
		if (event.key === 'ArrowDown' && count > 0) {
			event.preventDefault();
			setActive(active + 1 >= count ? 0 : active + 1);
		} else if (event.key === 'ArrowUp' && count > 0) {
			event.preventDefault();
			setActive(active <= 0 ? count - 1 : active - 1);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			const target = resultOptions()[active] ?? (options.allResultsUrl ? resultOptions()[0] : undefined);
			if (target) location.assign(target.dataset['url']!);
		} else if (event.key === 'Escape' && active >= 0) {
			// First Escape leaves the results; the next one is the field's or the dialog's.
			event.preventDefault();
			event.stopPropagation();
			setActive(-1);
		}
	});
	list.addEventListener('click', (event) => {
		const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
		if (option) location.assign(option.dataset['url']!);
	});
	// Options are not focusable: keep focus in the field when one is pressed.
	list.addEventListener('mousedown', (event) => event.preventDefault());
	more.addEventListener('click', () => {
		const first = shown;
		void showMore(limit, outcome?.query ?? input.value).then(() => {
			describe(outcome?.query ?? input.value, outcome!);
			input.focus();
			setActive(first);
		});
	});

	return { element, input, search, searchSoon };
}
