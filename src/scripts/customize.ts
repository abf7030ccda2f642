import { PLACEHOLDER_NAMES, fillPlaceholders, type PlaceholderName } from '../schemas/placeholders';

export type Values = Partial<Record<PlaceholderName, string>>;

const STORAGE_KEY = 'rolebook-customize';
const MAX_LENGTH = 120;

/** Trims, shortens and drops empty values; everything stays plain text. */
export function clean(values: Record<string, unknown>): Values {
	const result: Values = {};
	for (const name of PLACEHOLDER_NAMES) {
		const value = values[name];
		if (typeof value !== 'string') continue;
		const trimmed = value.trim().slice(0, MAX_LENGTH);
		if (name === 'years' && !/^\d{1,2}$/.test(trimmed)) continue;
		if (trimmed) result[name] = trimmed;
	}
	return result;
}

export function loadStored(): Values {
	try {
		return clean(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'));
	} catch {
		return {};
	}
}

export function store(values: Values): void {
	try {
		if (Object.keys(values).length === 0) localStorage.removeItem(STORAGE_KEY);
		else localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
	} catch {
		// Storage may be disabled; customizing still works for this page.
	}
}

/** Values given in the page URL (?company=…&location=…&years=…), which win over stored ones. */
export function fromUrl(search: string): Values {
	return clean(Object.fromEntries(new URLSearchParams(search)));
}

export function shareUrl(values: Values, base: string): string {
	const url = new URL(base);
	url.search = new URLSearchParams(values as Record<string, string>).toString();
	url.hash = '';
	return url.href;
}

/** Shows the values in every placeholder span on the page; textContent keeps markup inert. */
export function applyToPage(values: Values): void {
	for (const span of document.querySelectorAll<HTMLElement>('[data-placeholder]')) {
		const name = span.dataset['placeholder'] as PlaceholderName;
		const value = values[name];
		span.textContent = value ?? span.dataset['default'] ?? '';
		span.classList.toggle('ph-filled', Boolean(value));
	}
}

export const fill = (text: string, values: Values) => fillPlaceholders(text, values);
