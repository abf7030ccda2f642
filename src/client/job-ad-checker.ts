/**
 * /check/: reads the ad from the text box, has the worker check it, and shows the findings.
 * Everything happens in this browser tab: the ad is never sent anywhere. Every piece of the ad
 * is put on the page as text (textContent), so pasted HTML shows as the characters it is.
 */
import type { Finding, RoleContext, Source } from '../lib/job-ad-check';
import { LENGTH_GUIDANCE } from '../lib/job-ad-check';
import { cleanPay, payRangeText, withPayLine } from '../lib/pay-range';
import type { LanguageFinding } from '../lint/inclusive-language';
import { apiRoleUrl } from '../lib/urls';
import { fillPlaceholders } from '../schemas/placeholders';
import { fromUrl, type Values } from './customize';
import type { CheckRequest, CheckResponse } from './job-ad-worker';
import { h } from './dom';

type Report = Extract<CheckResponse, { part: 'report' }>['report'];

/** The part of /api/roles/<slug>.json the checker reads. */
interface ApiRole extends RoleContext {
	slug: string;
	url: string;
	placeholders: Values;
	templates: { text: string };
}

const cite = (source: Source) => h('a', { href: source.url, class: 'source' }, source.text);
const plural = (count: number, one: string, many = `${one}s`) =>
	`${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

const form = document.querySelector<HTMLFormElement>('[data-checker]');
if (form) {
	const textarea = form.querySelector<HTMLTextAreaElement>('textarea')!;
	const results = document.querySelector<HTMLElement>('[data-results]')!;
	const slot = (name: string) => results.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
	const status = document.querySelector<HTMLElement>('[data-check-status]')!;
	const origin = document.querySelector<HTMLElement>('[data-origin]')!;
	let role: ApiRole | undefined;
	let worker: Worker | undefined;
	let latest = 0;
	let pending: { text: string; report?: Report } = { text: '' };
	let typing: number | undefined;

	const showList = (target: HTMLElement, findings: Finding[], none: string) => {
		target.replaceChildren(
			findings.length === 0
				? h('p', { class: 'ok' }, none)
				: h(
						'ul',
						{ class: 'findings' },
						...findings.map((finding) =>
							h(
								'li',
								{},
								h('strong', {}, finding.message),
								' ',
								finding.advice,
								...(finding.source ? [' Source: ', cite(finding.source), '.'] : []),
							),
						),
					),
		);
	};

	function showReport(report: Report) {
		const { gender, readability } = report;
		const words = (list: { word: string; count: number }[]) =>
			list.length === 0
				? h('p', { class: 'muted' }, 'None found.')
				: h('p', {}, list.map(({ word, count }) => (count > 1 ? `${word} (${count})` : word)).join(', '));
		const total = (list: { count: number }[]) => list.reduce((sum, { count }) => sum + count, 0);
		slot('gender').replaceChildren(
			h(
				'p',
				{},
				h(
					'strong',
					{},
					gender.balance === 'neutral'
						? 'Balanced: as many feminine-coded as masculine-coded words.'
						: `Leans ${gender.balance}-coded: ${plural(total(gender.masculine), 'masculine-coded word')}, ${plural(total(gender.feminine), 'feminine-coded word')}.`,
				),
			),
			h('h3', {}, 'Masculine-coded'),
			words(gender.masculine),
			h('h3', {}, 'Feminine-coded'),
			words(gender.feminine),
		);
		showList(slot('requirements'), report.requirements, 'No problems found with the requirements.');
		slot('readability').replaceChildren(
			h(
				'dl',
				{ class: 'figures' },
				...(
					[
						['Words', readability.words.toLocaleString('en-US')],
						['Reading time', `about ${plural(readability.readingMinutes, 'minute')}`],
						['Sentences', readability.sentences.toLocaleString('en-US')],
						['Words per sentence', String(readability.averageSentence)],
						[`Sentences over ${LENGTH_GUIDANCE.sentenceWords} words`, String(readability.longSentences)],
						['Grade level (ARI)', String(readability.grade)],
					] as const
				).map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
			),
			h(
				'p',
				{},
				readability.words > LENGTH_GUIDANCE.longWords
					? `At ${plural(readability.words, 'word')} this ad is long: shorter posts draw more applications.`
					: readability.words > LENGTH_GUIDANCE.shortWords
						? `A short ad (under ${LENGTH_GUIDANCE.shortWords} words) draws more applications; cut what applicants do not need to decide.`
						: 'The ad is short, which draws more applications.',
			),
		);
		const pay = report.pay;
		slot('pay-stated').textContent =
			pay.kind === 'range'
				? `Pay range stated: ${pay.phrase}.`
				: pay.kind === 'single'
					? `Pay stated as one figure: ${pay.phrase}.`
					: pay.kind === 'open-ended'
						? `Pay is open-ended: ${pay.phrase}.`
						: 'No pay stated.';
		showList(slot('pay'), report.payFindings, 'The pay range is stated with a minimum and a maximum.');
	}

	/** The ad with each flagged phrase marked, and the list of findings linking to each mark. */
	function showLanguage(text: string, findings: LanguageFinding[]) {
		const ad = slot('ad');
		const pieces: Node[] = [];
		let last = 0;
		findings.forEach((finding, index) => {
			if (finding.start < last) return; // overlapping: the first one marks the place
			pieces.push(document.createTextNode(text.slice(last, finding.start)));
			pieces.push(h('mark', { id: `finding-${index + 1}`, tabindex: '-1' }, text.slice(finding.start, finding.end)));
			last = finding.end;
		});
		pieces.push(document.createTextNode(text.slice(last)));
		ad.replaceChildren(...pieces);
		slot('language-count').textContent =
			findings.length === 0 ? 'No inclusive-language findings.' : `${plural(findings.length, 'finding')}:`;
		slot('language').replaceChildren(
			...(findings.length === 0
				? []
				: [
						h(
							'ol',
							{ class: 'findings' },
							...findings.map((finding, index) =>
								h(
									'li',
									{},
									h('a', { href: `#finding-${index + 1}` }, `“${finding.phrase}”`),
									' ',
									finding.why,
									' ',
									h('span', { class: 'suggestion' }, `Instead: ${finding.suggestion}.`),
									' ',
									h('span', { class: 'muted' }, `(${finding.source}: ${finding.rule})`),
								),
							),
						),
					]),
		);
	}

	function summarize() {
		const { report } = pending;
		if (!report) return;
		const language = slot('language').querySelectorAll('li').length;
		status.textContent = `Checked ${plural(report.readability.words, 'word')}: ${plural(language, 'inclusive-language finding')}, ${plural(report.requirements.length, 'requirement finding')}, ${plural(report.payFindings.length, 'pay finding')}.`;
	}

	function check() {
		clearTimeout(typing);
		const text = textarea.value;
		if (!text.trim()) {
			results.hidden = true;
			status.textContent = 'Paste a job ad to check.';
			return;
		}
		worker ??= startWorker();
		pending = { text };
		status.textContent = 'Checking…';
		slot('language-count').textContent = 'Loading the language rules…';
		worker.postMessage({ id: ++latest, text, role } satisfies CheckRequest);
	}

	function startWorker() {
		const started = new Worker(new URL('./job-ad-worker.ts', import.meta.url), { type: 'module' });
		started.addEventListener('message', (event: MessageEvent<CheckResponse>) => {
			const response = event.data;
			if (response.id !== latest) return; // an older version of the ad
			if (response.part === 'report') {
				pending.report = response.report;
				showReport(response.report);
				results.hidden = false;
			} else {
				showLanguage(pending.text, response.language);
				summarize();
			}
		});
		return started;
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		check();
	});
	// Rechecks as the ad is edited, once typing pauses.
	textarea.addEventListener('input', () => {
		clearTimeout(typing);
		typing = window.setTimeout(check, 500);
	});

	// Opened from a role page: the role's text with the visitor's details, and the role for context.
	const params = new URLSearchParams(location.search);
	const slug = params.get('role');
	if (slug && /^[a-z0-9-]+$/.test(slug)) {
		status.textContent = 'Loading the role…';
		fetch(apiRoleUrl(slug))
			.then((response) => {
				if (!response.ok) throw new Error(String(response.status));
				return response.json() as Promise<ApiRole>;
			})
			.then((data) => {
				role = data;
				// The customizer's values, through its own check.
				const values = fromUrl(location.search);
				const filled = fillPlaceholders(data.templates.text, { ...data.placeholders, ...values });
				textarea.value = withPayLine(filled, payRangeText(cleanPay(Object.fromEntries(params))));
				origin.replaceChildren(
					'Checking the ',
					h('a', { href: new URL(data.url).pathname }, `${data.title} job description`),
					Object.keys(values).length > 0 ? ' with your details.' : '.',
					` Requirements are also checked against the role (level, education).`,
				);
				origin.hidden = false;
				check();
			})
			.catch(() => (status.textContent = `The role “${slug}” could not be loaded: paste the ad instead.`));
	}
}
