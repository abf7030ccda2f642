/**
 * The role page's pay code, loaded when there is pay to show or the customizer is used
 * (role-tools.ts): reading the pay fields, the pay line under the summary, and the pay
 * transparency warning, whose rules load only once a location is typed.
 */
import { cleanPay, loadPay, payProblem, payRangeText, storePay, withPayLine, type PayValues } from '../lib/pay-range';
import { h } from './dom';

/** The pay typed; a maximum below the minimum is marked and not used. */
function readPay(form: HTMLFormElement): PayValues {
	const typed = cleanPay(Object.fromEntries(new FormData(form)));
	const max = form.querySelector<HTMLInputElement>('input[name="payMax"]')!;
	const error = form.querySelector<HTMLElement>('[data-pay-error]')!;
	const wrong = payProblem(typed) !== undefined;
	max.setCustomValidity(wrong ? error.textContent!.trim() : '');
	error.hidden = !wrong;
	const { payMin, payMax, ...unit } = typed;
	return wrong ? unit : typed;
}

/** Where the job is, for the pay rules: the location placeholder, or the pay's own field. */
const jobLocation = (page: HTMLElement) =>
	page.querySelector<HTMLInputElement>('.customize-form input[name="location"]')?.value.trim() ?? '';

/** The pay line under the summary, and any pay transparency law where the job is. */
async function showPay(page: HTMLElement, pay: PayValues): Promise<void> {
	const payLine = page.querySelector<HTMLElement>('[data-pay-line]');
	const line = payRangeText(pay);
	if (payLine) {
		payLine.textContent = line ?? '';
		payLine.hidden = !line;
	}
	const payWarning = page.querySelector<HTMLElement>('[data-pay-warning]');
	if (!payWarning) return;
	const where = jobLocation(page);
	const laws = where ? (await import('../lib/pay-laws')).payWarnings(where, pay) : [];
	if (where !== jobLocation(page)) return; // typed on meanwhile
	payWarning.replaceChildren(
		...(laws.length === 0
			? []
			: [
					h(
						'p',
						{},
						h('strong', {}, 'Pay transparency: '),
						pay.payMin || pay.payMax
							? 'give both a minimum and a maximum.'
							: 'this location’s law asks for a pay range.',
					),
					h(
						'ul',
						{},
						...laws.map((law) =>
							h(
								'li',
								{},
								h('strong', {}, `${law.jurisdiction}: `),
								law.requirement,
								' ',
								h('a', { href: law.source }, new URL(law.source).hostname),
								` (checked ${law.checked}).`,
							),
						),
					),
					h('p', { class: 'muted' }, 'Guidance, not legal advice: check the rules that apply to your employer.'),
				]),
	);
}

const payTools = { cleanPay, loadPay, storePay, payRangeText, withPayLine, readPay, showPay };
export type PayTools = typeof payTools;

declare global {
	// eslint-disable-next-line no-var
	var rolebookPay: PayTools | undefined;
}
// Bundled on its own and loaded by address (see role-tools.ts), it hands its functions over here.
globalThis.rolebookPay = payTools;
