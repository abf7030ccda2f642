// cspell:ignore aeiou École
import { dictionary } from 'cmu-pronouncing-dictionary';
import { readRoles } from './content-files';
import { describe, expect, it } from 'vitest';
import { indefiniteArticle, withArticle } from './articles';

/**
 * The oracle is the CMU Pronouncing Dictionary, not the rules under test: a word takes "an" when
 * its first sound is a vowel. Abbreviations are spoken letter by letter, and the names of the
 * letters are facts of the alphabet.
 */
const LETTER_NAMES: Record<string, string> = Object.fromEntries(
	'ay bee see dee ee ef jee aitch eye jay kay el em en oh pee cue ar es tee you vee double-u ex why zee'
		.split(' ')
		.map((name, index) => [String.fromCharCode(65 + index), name]),
);
/** Abbreviations said as words, with the word they sound like. */
const SPOKEN_AS_WORDS: Record<string, string> = {
	LAN: 'lan',
	MIG: 'mig',
	SOC: 'sock',
	SOX: 'sox',
	SPED: 'sped',
	TIG: 'tig',
};
const VOWEL_PHONEMES = /^(AA|AE|AH|AO|AW|AY|EH|ER|EY|IH|IY|OW|OY|UH|UW)/;

const SMALL =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
		' ',
	);
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
/** The first word of a number as it is said: 8 "eight", 18 "eighteen", 80 "eighty", 800 "eight (hundred)". */
const numberName = (n: number): string =>
	n >= 1000
		? numberName(Math.floor(n / 1000))
		: n >= 100
			? SMALL[Math.floor(n / 100)]!
			: n >= 20
				? TENS[Math.floor(n / 10) - 2]!
				: SMALL[n]!;

function oracle(title: string): 'a' | 'an' {
	let word = title
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.split(/[\s/–—-]+/)[0]!;
	if (/^\d/.test(word)) word = numberName(Number.parseInt(word, 10));
	const spoken = SPOKEN_AS_WORDS[word];
	if (spoken) word = spoken;
	else if (/^[A-Z]([A-Z&.]|$)/.test(word)) return /^[aeiou]/.test(LETTER_NAMES[word[0]!]!) ? 'an' : 'a';
	// Compounds the dictionary lacks ("Headteacher", "Homeroom") are said like their first part.
	for (let end = word.length; end >= Math.min(word.length, 3); end--) {
		const phonemes = dictionary[word.slice(0, end).toLowerCase()];
		if (phonemes) return VOWEL_PHONEMES.test(phonemes) ? 'an' : 'a';
	}
	// A consonant letter other than "h" always starts with a consonant sound.
	if (/^[b-df-gj-np-tv-z]/i.test(word)) return 'a';
	throw new Error(`"${word}" (in "${title}") is not in the CMU dictionary: add a case to this test`);
}

function allTitles(): string[] {
	return readRoles('content').flatMap((role) => [
		String(role.data['title']),
		...((role.data['alternateTitles'] as string[] | undefined) ?? []),
	]);
}

describe('indefiniteArticle', () => {
	it('follows the sound of every role title and alternate title in the library', () => {
		const titles = allTitles();
		expect(titles.length).toBeGreaterThan(300);
		const wrong = titles.filter((title) => indefiniteArticle(title) !== oracle(title));
		expect(wrong.map((title) => `${indefiniteArticle(title)} ${title} (should be ${oracle(title)})`)).toEqual([]);
	});

	it.each([
		['Electrician', 'an'],
		['HR Manager', 'an'],
		['Accountant', 'an'],
		['Office Manager', 'an'],
		['UX Designer', 'a'],
		['User Researcher', 'a'],
		['Unit Manager', 'a'],
		['Union Organizer', 'a'],
		['Unarmed Security Officer', 'an'],
		['Underwriter', 'an'],
		['Usher', 'an'],
		['Urban Planner', 'an'],
		['Urologist', 'a'],
		['Hourly Supervisor', 'an'],
		['Honorary Secretary', 'an'],
		['Host', 'a'],
		['European Sales Lead', 'a'],
		['One-to-one Tutor', 'a'],
		['Oncology Nurse', 'an'],
		['RN', 'an'],
		['SQL Developer', 'an'],
		['SOX Auditor', 'a'],
		['X-ray Technician', 'an'],
		['iOS Developer', 'an'],
		['NHS Manager', 'an'],
		['Nurse', 'a'],
		['1st Line Support Analyst', 'a'],
		['8-hour Shift Lead', 'an'],
		['80-hour Contractor', 'an'],
		['11-plus Tutor', 'an'],
	] as const)('%s takes "%s"', (title, article) => {
		expect(indefiniteArticle(title)).toBe(article);
		expect(oracle(title)).toBe(article);
	});

	it('writes the article before the phrase', () => {
		expect(withArticle('Electrician')).toBe('an Electrician');
		expect(withArticle('École Teacher')).toBe('an École Teacher');
	});
});
