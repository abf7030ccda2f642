/**
 * The job-ad checker's work, off the page's thread so typing and scrolling stay smooth however
 * long the ad. Runs in the visitor's browser; it has no network access it uses.
 * The quick checks answer first; the language rules (retext-equality) follow.
 */
import { checkAd, type RoleContext } from '../lib/job-ad-check';
import { inclusiveLanguage } from '../lint/inclusive-language';

export interface CheckRequest {
	id: number;
	text: string;
	role?: RoleContext | undefined;
}

export type CheckResponse =
	| { id: number; part: 'report'; report: ReturnType<typeof checkAd> }
	| { id: number; part: 'language'; language: ReturnType<typeof inclusiveLanguage> };

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
	const { id, text, role } = event.data;
	postMessage({ id, part: 'report', report: checkAd(text, role) } satisfies CheckResponse);
	postMessage({ id, part: 'language', language: inclusiveLanguage(text) } satisfies CheckResponse);
});
