import {
	PLACEHOLDER_NAMES,
	fillPlaceholders,
	validYears,
	type PlaceholderName,
	type PlaceholderValues,
} from '../schemas/placeholders';
import { PAY_FIELDS, type PayValues } from '../lib/pay-fields';

export type Values = PlaceholderValues;

const STORAGE_KEY = 'rolebook-customize';
const MAX_LENGTH = 120;

/**
 * The one check every value passes, typed, applied, saved or read from a link: trimmed, shortened,
 * empty ones dropped, years only when valid (validYears). Everything stays plain text.
 */
export function clean(values: Record<string, unknown>, fields: readonly PlaceholderName[] = PLACEHOLDER_NAMES): Values {
	const result: Values = {};
	for (const name of fields) {
		const value = values[name];
		if (typeof value !== 'string') continue;
		const trimmed = value.trim().slice(0, MAX_LENGTH);
		if (name === 'years' && !validYears(trimmed)) continue;
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

/** Values given in the page URL (?company=…&location=…&years=…) for the fields this role uses. */
export function fromUrl(search: string, fields: readonly PlaceholderName[] = PLACEHOLDER_NAMES): Values {
	return clean(Object.fromEntries(new URLSearchParams(search)), fields);
}

export interface CustomizeState {
	/** What the page shows. */
	shown: Values;
	/**
	 * True while the page shows a version someone shared by link: shown as the sender made it, and
	 * never saved over the visitor's own details unless the visitor chooses to (Apply).
	 */
	shared: boolean;
}

/** A link with values opens the sender's version; otherwise the visitor's saved details. */
export function initialState(search: string, saved: Values, fields: readonly PlaceholderName[]): CustomizeState {
	const linked = fromUrl(search, fields);
	if (Object.keys(linked).length > 0) return { shown: linked, shared: true };
	return { shown: clean(saved, fields), shared: false };
}

/** The saved details after this role's fields change: other roles' fields are kept. */
export function saveFields(saved: Values, shown: Values, fields: readonly PlaceholderName[]): Values {
	const next: Values = { ...saved };
	for (const name of fields) delete next[name];
	return { ...next, ...shown };
}

/**
 * The page URL with these values and the pay as its query (other parameters kept), or without
 * any when empty.
 */
export function shareUrl(values: Values, base: string, pay: PayValues = {}): string {
	const url = new URL(base);
	for (const name of [...PLACEHOLDER_NAMES, ...PAY_FIELDS]) url.searchParams.delete(name);
	for (const name of PLACEHOLDER_NAMES) if (values[name]) url.searchParams.set(name, values[name]);
	// A currency or period alone says nothing: they travel with an amount.
	if (pay.payMin || pay.payMax) for (const name of PAY_FIELDS) if (pay[name]) url.searchParams.set(name, pay[name]);
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
