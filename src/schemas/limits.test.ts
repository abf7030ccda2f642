import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_SHARE_LIMIT, LOOK_FOR_AIM_CHARS, LOOK_FOR_MIN_CHARS, percent, SHARED_OPENING_LIMIT } from './limits';

// Authors read the numbers in CONTRIBUTING.md; the checks read them here. They must agree.
describe('CONTRIBUTING.md quotes the editorial limits', () => {
	const guide = readFileSync('CONTRIBUTING.md', 'utf8').replace(/\s+/g, ' ');
	it.each([
		['answer guides', `lookFor\` guide of at least ${LOOK_FOR_MIN_CHARS} characters`],
		['answer guide aim', `most good ones run ${LOOK_FOR_AIM_CHARS.join('–')}`],
		['repeated lines', `exceed ${percent(DUPLICATE_SHARE_LIMIT)} of all such lines`],
		['same openings', `more than ${percent(SHARED_OPENING_LIMIT)} of overviews`],
	])('%s', (_what, quote) => {
		expect(guide).toContain(quote);
	});
});
