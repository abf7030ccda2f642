/**
 * Makes a plain table sortable: each header marked data-sort="text" or "number" becomes a button.
 * Cells sort by their data-value, else their text; empty values always sort last. Without
 * JavaScript the table stays as the server ordered it.
 */
export function enableSorting(table: HTMLTableElement) {
	const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
	const body = table.tBodies[0];
	if (!body) return;
	headers.forEach((header, column) => {
		const kind = header.dataset['sort'];
		if (!kind) return;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort';
		button.append(...header.childNodes);
		header.append(button);
		button.addEventListener('click', () => {
			const direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
			for (const other of headers) other.removeAttribute('aria-sort');
			header.setAttribute('aria-sort', direction);
			const value = (row: HTMLTableRowElement) => {
				const cell = row.cells[column];
				return (cell?.dataset['value'] ?? cell?.textContent ?? '').trim();
			};
			const rows = [...body.rows].map((row) => ({ row, value: value(row) }));
			const sign = direction === 'ascending' ? 1 : -1;
			rows.sort((a, b) => {
				if (a.value === '' || b.value === '') return (a.value === '' ? 1 : 0) - (b.value === '' ? 1 : 0);
				const order = kind === 'number' ? Number(a.value) - Number(b.value) : a.value.localeCompare(b.value, 'en');
				return sign * order;
			});
			body.append(...rows.map(({ row }) => row));
		});
	});
}
