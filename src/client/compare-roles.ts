/**
 * /compare/: the two roles chosen (or given as ?a=&b=) side by side, built from their JSON API
 * entries with the same rows as the pre-rendered pairs (CompareView.astro). Text goes in as text.
 */
import {
	compareRoles,
	comparisonRows,
	comparisonSources,
	type CompareNames,
	type CompareRole,
	type Comparison,
} from '../lib/compare';
import { apiRoleUrl, roleUrl } from '../lib/urls';
import { h } from './dom';

const list = (items: string[]) => (items.length > 0 ? h('ul', {}, ...items.map((item) => h('li', {}, item))) : '—');
const roleLink = (role: CompareRole) => h('a', { href: roleUrl(role.slug) }, role.title);

/** The same structure as CompareView.astro. */
function view(comparison: Comparison, names: CompareNames): HTMLElement {
	const { a, b } = comparison;
	const rows = comparisonRows(comparison, names);
	const sources = comparisonSources(comparison);
	const columns = (groups: { title: string; items: string[] }[]) =>
		h(
			'div',
			{ class: 'compare-columns' },
			...groups.map(({ title, items }) =>
				h('div', {}, h('h3', {}, title), items.length > 0 ? list(items) : h('p', { class: 'muted' }, 'None.')),
			),
		);
	return h(
		'section',
		{ 'aria-labelledby': 'side-by-side', class: 'compare-view' },
		h('h2', { id: 'side-by-side', tabindex: '-1' }, 'Side by side'),
		h(
			'section',
			{ class: 'table-scroll', 'aria-label': `${a.title} and ${b.title} side by side`, tabindex: '0' },
			h(
				'table',
				{ class: 'compare-table' },
				h(
					'thead',
					{},
					h('tr', {}, h('td'), h('th', { scope: 'col' }, roleLink(a)), h('th', { scope: 'col' }, roleLink(b))),
				),
				h(
					'tbody',
					{},
					...rows.map((row) =>
						h(
							'tr',
							{},
							h('th', { scope: 'row' }, row.label),
							...[row.a, row.b].map((value) => h('td', {}, Array.isArray(value) ? list(value) : value)),
						),
					),
				),
			),
		),
		...(sources.length > 0
			? [
					h(
						'p',
						{ class: 'muted small' },
						'Pay and outlook: US national figures for each role’s occupation. Sources: ',
						...sources.flatMap((source, index) => [
							...(index > 0 ? ['; '] : []),
							h('a', { href: source.url }, source.text),
						]),
						'.',
					),
				]
			: []),
		h('h2', { id: 'skills-compared' }, 'Skills'),
		columns([
			{ title: 'Skills both list', items: comparison.sharedSkills },
			{ title: `Skills only the ${a.title} lists`, items: comparison.onlyA.skills },
			{ title: `Skills only the ${b.title} lists`, items: comparison.onlyB.skills },
		]),
		h('h2', { id: 'duties-compared' }, 'Duties'),
		columns([
			{ title: 'Duties both have', items: comparison.sharedDuties },
			{ title: `${a.title} duties`, items: comparison.onlyA.duties },
			{ title: `${b.title} duties`, items: comparison.onlyB.duties },
		]),
	);
}

const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
if (form) {
	const output = document.querySelector<HTMLElement>('[data-comparison]')!;
	const status = document.querySelector<HTMLElement>('[data-compare-status]')!;
	const data = JSON.parse(document.getElementById('compare-data')!.textContent!) as Omit<CompareNames, 'titles'> & {
		written: Record<string, string>;
	};
	const selects = [...form.querySelectorAll('select')];
	const titles = Object.fromEntries([...selects[0]!.options].filter((o) => o.value).map((o) => [o.value, o.text]));
	const names: CompareNames = { titles, departments: data.departments, levels: data.levels };
	const known = (slug: string | null): slug is string => slug !== null && Object.hasOwn(titles, slug);
	const fetchRole = async (slug: string) => {
		const response = await fetch(apiRoleUrl(slug));
		if (!response.ok) throw new Error(`${slug}: ${response.status}`);
		return (await response.json()) as CompareRole;
	};

	async function show(a: string, b: string, focus: boolean) {
		if (a === b) {
			status.textContent = 'Choose two different roles.';
			output.replaceChildren();
			return;
		}
		status.textContent = `Loading ${titles[a]} and ${titles[b]}…`;
		try {
			const [first, second] = await Promise.all([fetchRole(a), fetchRole(b)]);
			const written = data.written[[a, b].sort().join(' ')];
			output.replaceChildren(
				...(written
					? [
							h(
								'p',
								{ class: 'note' },
								'Their authors explain how they differ: ',
								h('a', { href: written }, `read the written comparison`),
								'.',
							),
						]
					: []),
				view(compareRoles(first, second), names),
			);
			status.textContent = `Showing ${titles[a]} and ${titles[b]} side by side.`;
			if (focus) output.querySelector<HTMLElement>('#side-by-side')?.focus();
		} catch {
			status.textContent = 'The roles could not be loaded. Check your connection and try again.';
		}
	}

	const params = new URLSearchParams(location.search);
	const [a, b] = [params.get('a'), params.get('b')];
	if (known(a)) selects[0]!.value = a;
	if (known(b)) selects[1]!.value = b;
	if (known(a) && known(b)) void show(a, b, false);
	else if (known(a)) selects[1]!.focus();

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const [first, second] = selects.map((select) => select.value);
		if (!known(first ?? null) || !known(second ?? null)) return;
		history.replaceState(history.state, '', `?a=${encodeURIComponent(first!)}&b=${encodeURIComponent(second!)}`);
		void show(first!, second!, true);
	});
}
