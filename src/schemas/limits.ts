/**
 * The editorial thresholds the schema, the build and the content lint enforce, in one place.
 * CONTRIBUTING.md quotes each of them and limits.test.ts holds the two together: change both.
 */

/** An answer guide (`lookFor`) shorter than this many characters is refused by the build. */
export const LOOK_FOR_MIN_CHARS = 80;

/** The length, in characters, good answer guides run to: advice for authors, not a rule. */
export const LOOK_FOR_AIM_CHARS = [150, 300] as const;

/** An answer guide whose words are more than this share of the question's is refused by the lint. */
export const LOOK_FOR_REPEAT_SHARE = 0.6;

/** A summary needs at least this many words of its own (not the title's) to pass the lint. */
export const SUMMARY_OWN_WORDS_MIN = 5;

/**
 * Share of all duty and requirement lines that may appear in more than one role. Above it the
 * lint refuses every repeated line.
 */
export const DUPLICATE_SHARE_LIMIT = 0.02;

/** Share of overviews that may open with the same three words (or "A/An <title>") before the lint warns. */
export const SHARED_OPENING_LIMIT = 0.25;

/** "2%" for a share of 0.02. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
