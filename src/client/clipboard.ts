/**
 * Copies parts of a role page as rich text (headings and real lists, so it pastes cleanly into
 * Google Docs, Word, LinkedIn and ATS editors) and as plain text with bullets.
 */

const BLOCKS = new Set(['H1', 'H2', 'H3', 'H4', 'P', 'UL', 'OL', 'LI']);
const KEEP_ATTRIBUTES: Record<string, string[]> = { A: ['href'] };

/** A clean copy of the element: only structural tags, no classes, ids, buttons or hidden bits. */
function cleanClone(source: Element): Element {
	const clone = source.cloneNode(true) as Element;
	clone.querySelectorAll('[data-copy-exclude], button, script, style, template').forEach((node) => node.remove());
	// Layout wrappers carry no meaning in a pasted document: keep their contents only.
	clone
		.querySelectorAll('div, section, header, article, span, time')
		.forEach((node) => node.replaceWith(...node.childNodes));
	const walk = (element: Element) => {
		for (const attribute of [...element.attributes]) {
			if (!KEEP_ATTRIBUTES[element.tagName]?.includes(attribute.name)) element.removeAttribute(attribute.name);
		}
		if (element instanceof HTMLAnchorElement)
			element.setAttribute('href', new URL(element.getAttribute('href') ?? '', location.href).href);
		[...element.children].forEach(walk);
	};
	walk(clone);
	return clone;
}

/** Plain text: capitalized top headings, "•" bullets, blank lines between blocks. */
function toText(root: Element): string {
	const blocks: string[] = [];
	const visit = (node: Element) => {
		if (node.tagName === 'UL' || node.tagName === 'OL') {
			blocks.push([...node.children].map((li) => `• ${(li.textContent ?? '').replace(/\s+/g, ' ').trim()}`).join('\n'));
		} else if (/^H[1-2]$/.test(node.tagName)) {
			blocks.push((node.textContent ?? '').trim().toUpperCase());
		} else if (BLOCKS.has(node.tagName)) {
			blocks.push((node.textContent ?? '').replace(/\s+/g, ' ').trim());
		} else {
			[...node.children].forEach(visit);
		}
	};
	visit(root);
	return blocks.filter(Boolean).join('\n\n');
}

export interface Copied {
	html: string;
	text: string;
}

/** The given page parts as one clean document in both formats. */
export function extract(parts: Element[]): Copied {
	const container = document.createElement('div');
	for (const part of parts) {
		const clone = cleanClone(part);
		// A block (a heading, the summary) is copied whole; a wrapper (a section) by its contents.
		container.append(...(BLOCKS.has(part.tagName) ? [clone] : [...clone.children]));
	}
	return { html: container.innerHTML, text: `${toText(container)}\n` };
}

/** Writes both formats; falls back to a selection copy where the Clipboard API is missing or refused. */
export async function copy({ html, text }: Copied): Promise<void> {
	if (navigator.clipboard && 'ClipboardItem' in window) {
		try {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/html': new Blob([html], { type: 'text/html' }),
					'text/plain': new Blob([text], { type: 'text/plain' }),
				}),
			]);
			return;
		} catch {
			// Permission refused or not a secure context: fall through to the selection copy.
		}
	}
	const holder = document.createElement('div');
	holder.contentEditable = 'true';
	holder.style.cssText = 'position:fixed;left:-9999px;top:0;';
	holder.innerHTML = html;
	document.body.append(holder);
	const range = document.createRange();
	range.selectNodeContents(holder);
	const selection = getSelection();
	selection?.removeAllRanges();
	selection?.addRange(range);
	// Deprecated, but the only way to copy rich text where the async Clipboard API is unavailable.
	const done = document.execCommand('copy');
	selection?.removeAllRanges();
	holder.remove();
	if (!done) throw new Error('Copy failed');
}
