/**
 * Builds an element from text and other elements only: whatever a visitor typed or pasted goes in
 * as text, so it is never parsed as HTML.
 */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}
