/**
 * The role page's tools: copy, customize, share, download, print and interview practice.
 * The page works without this script; it only reveals and wires the controls that need it.
 */
import { copy, extract } from './clipboard';
import { PAY_STORAGE_KEY, type PayValues } from '../lib/pay-fields';
import { checkUrl } from '../lib/urls';
import { validYears, type PlaceholderName } from '../schemas/placeholders';
import {
	applyToPage,
	clean,
	fill,
	fromUrl,
	initialState,
	loadStored,
	saveFields,
	shareUrl,
	store,
	type Values,
} from './customize';

/**
 * The pay code is bundled on its own and loaded by address: Vite bundles a `?worker&url` import
 * into one self-contained module (it is not run as a worker), where a plain `import()` would add
 * Vite's preload helper, 0.9 KB, to every role page's first load. It registers its functions as
 * `globalThis.rolebookPay`, since a bundle built this way keeps no exports.
 */
import payModuleUrl from './role-pay?worker&url';
import type { PayTools } from './role-pay';

/** The part of /api/roles/<slug>.json a customized download needs. */
interface RoleTemplates {
	placeholders: Values;
	templates: { markdown: string; text: string };
}

const page = document.querySelector<HTMLElement>('article.role');
if (page) {
	const status = page.querySelector<HTMLElement>('[data-status]')!;
	const form = page.querySelector<HTMLFormElement>('.customize-form');
	const customize = page.querySelector<HTMLDetailsElement>('.customize');
	const fields = (form?.dataset['fields'] ?? '').split(' ').filter(Boolean) as PlaceholderName[];
	const slug = page.dataset['role']!;
	let saved = loadStored();
	let { shown: values, shared } = initialState(location.search, saved, fields);
	const checkLink = page.querySelector<HTMLAnchorElement>('[data-check-link]');
	// The pay code loads only when there is pay to show (a link's or one saved for this role) or
	// the customizer is used: most visits never need it.
	let pay: PayValues = {};
	let payModule: PayTools | undefined;
	const loadPayModule = async () => {
		if (!payModule) {
			await import(/* @vite-ignore */ payModuleUrl);
			payModule = globalThis.rolebookPay!;
		}
		return payModule;
	};

	/** Shows a message in full for a few seconds, where every visitor sees it, and announces it. */
	let hideStatus: number | undefined;
	const announce = (message: string) => {
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
		clearTimeout(hideStatus);
		hideStatus = window.setTimeout(() => (status.textContent = ''), 4000);
	};

	const syncForm = () => {
		for (const input of form?.querySelectorAll<HTMLInputElement>('.fields:not(.pay-fields) input') ?? [])
			input.value = values[input.name as keyof Values] ?? '';
		for (const input of form?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.pay-fields [name]') ?? []) {
			if (input.name === 'location') input.value = saved.location ?? '';
			else
				input.value =
					pay[input.name as keyof PayValues] ?? (input instanceof HTMLSelectElement ? input.options[0]!.value : '');
		}
	};
	/** The check link carries the visitor's details; the pay line and any pay law need the pay code. */
	const showPay = () => {
		if (checkLink) checkLink.href = shareUrl(values, new URL(checkUrl(slug), location.href).href, pay);
		void payModule?.showPay(page, pay);
	};
	const showShared = () => {
		const note = form?.querySelector<HTMLElement>('[data-shared-note]');
		const own = form?.querySelector<HTMLElement>('[data-own-note]');
		if (note) note.hidden = !shared;
		if (own) own.hidden = shared;
	};
	/** Shows the values; saves them, or while a shared version is open keeps them in its link only. */
	const update = (next: Values, nextPay: PayValues) => {
		values = next;
		pay = nextPay;
		applyToPage(values);
		showPay();
		if (shared) history.replaceState(history.state, '', shareUrl(values, location.href, pay));
		else {
			store((saved = saveFields(saved, values, fields)));
			payModule?.storePay(slug, pay);
		}
	};
	const read = () => {
		const typed = Object.fromEntries(new FormData(form!));
		const years = form!.querySelector<HTMLInputElement>('input[name="years"]');
		if (years) {
			// The same check as every other way in (clean): an out-of-range number is never shown or saved.
			const invalid = years.value.trim() !== '' && !validYears(years.value.trim());
			years.setCustomValidity(invalid ? form!.querySelector('[data-years-error]')!.textContent!.trim() : '');
			form!.querySelector<HTMLElement>('[data-years-error]')!.hidden = !invalid;
		}
		return clean(typed, fields);
	};
	const readPay = () => payModule?.readPay(form!) ?? pay;

	form?.addEventListener('input', () => {
		update(read(), readPay());
		// The first time, the pay fields are read again once their code has loaded.
		if (!payModule) void loadPayModule().then(() => update(read(), readPay()));
	});
	customize?.addEventListener('toggle', async () => {
		if (customize.open) (await loadPayModule()).showPay(page, pay);
	});
	form?.addEventListener('reset', () => {
		// After the browser clears the fields. Clearing a shared version leaves the visitor's own details alone.
		setTimeout(() => {
			const wasShared = shared;
			shared = false;
			history.replaceState(history.state, '', shareUrl({}, location.href));
			values = {};
			pay = {};
			applyToPage(values);
			showPay();
			if (!wasShared) {
				store((saved = saveFields(saved, {}, fields)));
				payModule?.storePay(slug, {});
			}
			read();
			readPay();
			showShared();
			announce('Customization cleared');
		});
	});
	// Values apply as they are typed; Apply (or Enter) confirms, and saves a shared version as the visitor's own.
	form?.addEventListener('submit', (event) => {
		event.preventDefault();
		const wasShared = shared;
		shared = false;
		if (wasShared) history.replaceState(history.state, '', shareUrl({}, location.href));
		update(read(), readPay());
		showShared();
		announce(wasShared ? 'Saved for other roles too' : 'Applied');
	});

	const copyParts = async (parts: Element[], what: string) => {
		try {
			await copy(extract(parts));
			announce(`Copied ${what}`);
		} catch {
			announce('Copy failed: select the text and copy it by hand');
		}
	};

	page.addEventListener('click', async (event) => {
		const button = (event.target as Element).closest<HTMLElement>('[data-action]');
		if (!button) return;
		switch (button.dataset['action']) {
			case 'copy-all':
				return copyParts(
					[...page.querySelectorAll<HTMLElement>('[data-copy]')].filter((part) => !part.hidden),
					'the job description',
				);
			case 'copy-section': {
				const section = page.querySelector(`#${button.dataset['section']}`)?.closest('section');
				return section && copyParts([section], 'the section');
			}
			case 'copy-link':
				try {
					await navigator.clipboard.writeText(shareUrl(values, location.href, pay));
					announce('Link copied');
				} catch {
					announce('Copy failed');
				}
				return;
			case 'print':
				return print();
			case 'toggle-answers':
				return toggleAnswers();
		}
	});

	// The static files read as the page does by default. A customized download fills the API's
	// template with the visitor's values, and the defaults for the parts left blank.
	page.addEventListener('click', async (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-download]');
		const line = payModule?.payRangeText(pay);
		if (!link || (Object.keys(values).length === 0 && !line)) return;
		event.preventDefault();
		let href = link.href;
		try {
			const api = page.querySelector<HTMLElement>('[data-api]')!.dataset['api']!;
			const role = (await (await fetch(api)).json()) as RoleTemplates;
			const format = link.dataset['download'] as keyof RoleTemplates['templates'];
			const filled = fill(role.templates[format], { ...role.placeholders, ...values });
			const text = payModule ? payModule.withPayLine(filled, line) : filled;
			href = URL.createObjectURL(new Blob([text], { type: format === 'markdown' ? 'text/markdown' : 'text/plain' }));
			setTimeout(() => URL.revokeObjectURL(href), 1000);
		} catch {
			announce('Your details could not be added: downloading the file as published');
		}
		Object.assign(document.createElement('a'), { href, download: link.download }).click();
	});

	// Interview practice: open all or none. The counter and the button always describe what is
	// open now, whichever way it was opened (a click, "Show all", printing).
	const details = [...page.querySelectorAll<HTMLDetailsElement>('.questions details')];
	const progress = page.querySelector<HTMLElement>('[data-progress]');
	const toggle = page.querySelector<HTMLElement>('[data-action="toggle-answers"]');
	const showProgress = () => {
		const open = details.filter((item) => item.open).length;
		if (progress) progress.textContent = `${open} of ${details.length} answer guides open`;
		if (toggle) toggle.textContent = open === details.length ? 'Hide all answers' : 'Show all answers';
	};
	for (const item of details) item.addEventListener('toggle', showProgress);
	function toggleAnswers() {
		const open = details.some((item) => !item.open);
		for (const item of details) item.open = open;
		showProgress();
	}
	// Printed copies show every answer guide; afterwards the page is as the visitor left it.
	let openBeforePrint: boolean[] | undefined;
	addEventListener('beforeprint', () => {
		openBeforePrint ??= details.map((item) => item.open);
		for (const item of details) item.open = true;
	});
	addEventListener('afterprint', () => {
		openBeforePrint?.forEach((open, index) => (details[index]!.open = open));
		openBeforePrint = undefined;
		showProgress();
	});

	syncForm();
	applyToPage(values);
	showPay();
	let savedPay = '';
	try {
		savedPay = localStorage.getItem(PAY_STORAGE_KEY) ?? '';
	} catch {
		// Storage may be disabled.
	}
	if (/[?&]pay(?:Min|Max)=/.test(location.search) || savedPay.includes(`"${slug}"`))
		void loadPayModule().then((module) => {
			// A link's pay opens the sender's version, as its other details do; otherwise the pay saved for this role.
			const linked = module.cleanPay(Object.fromEntries(new URLSearchParams(location.search)));
			if ((linked.payMin || linked.payMax) && !shared) {
				shared = true;
				values = fromUrl(location.search, fields);
				applyToPage(values);
				showShared();
				if (customize) customize.open = true;
			}
			pay = shared ? linked : module.loadPay(slug);
			syncForm();
			showPay();
		});
	showShared();
	if (shared && customize) customize.open = true;
}
