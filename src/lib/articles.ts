// Letter classes in the patterns below: cspell:ignore aeiou bcfgklmnprstvz AEFHILMNORSX honou École
/**
 * "a" or "an", chosen by how the next word sounds, not how it is spelt: an Electrician, an HR
 * Manager, an RN, a UX Designer, a User Researcher, an Hourly Supervisor.
 */

/** Letters whose spoken names start with a vowel sound: "an F", "an H", "an M", "an X". */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

/** Upper-case abbreviations people say as words rather than letter by letter. */
const SPOKEN_AS_WORDS = new Set(['LAN', 'MIG', 'NASA', 'SCUBA', 'SOC', 'SOX', 'SPED', 'TIG', 'WAN']);

/** Words spelt with a vowel that start with a consonant sound: "you" (unit, user), "w" (one). */
const CONSONANT_SOUND_VOWELS = /^(u[bcfgklmnprstvz][aeiou]|u[rs][aeiouy]|ut[aeiou]|uni|eu|ewe|one\b|once\b)/;
/** Spelt with an "h" that is not spoken: an hour, an honest, an heir. */
const SILENT_H = /^(hour|honest|honou?r|heir)/;
/** Exceptions the rule above gets wrong: "un" is usually "an" (unarmed, under), but unit/union/user start with "you". */
const VOWEL_SOUND_U = /^(un[^i]|uni(nt|mp|nf|ns)|us[h]|ult|umb|upp|ups)/;

export function indefiniteArticle(phrase: string): 'a' | 'an' {
	// Accents do not change the first sound: "an École Teacher".
	const word =
		phrase
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.trim()
			.split(/[\s/–—-]+/)[0] ?? '';
	// Numbers by their spoken name: an 8, an 11, an 18, an 80, an 800; a 1st, a 100.
	if (/^[0-9]/.test(word)) return /^(8|11(?!\d)|18(?!\d)|11\d{3}(?!\d)|18\d{3}(?!\d))/.test(word) ? 'an' : 'a';
	// An abbreviation ("HR", "RN", "FP&A", "MLOps", the "X" of "X-ray") starts with a letter's name,
	// unless people say it as a word.
	if (/^[A-Z]([A-Z&.]|$)/.test(word) && !SPOKEN_AS_WORDS.has(word.replace(/s$/, '')))
		return VOWEL_SOUND_LETTERS.test(word) ? 'an' : 'a';
	const lower = word.toLowerCase();
	if (SILENT_H.test(lower)) return 'an';
	if (VOWEL_SOUND_U.test(lower)) return 'an';
	if (CONSONANT_SOUND_VOWELS.test(lower)) return 'a';
	return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** "an Electrician", "a Nurse". */
export const withArticle = (phrase: string) => `${indefiniteArticle(phrase)} ${phrase}`;
