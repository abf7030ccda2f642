/** How dates and counts read on pages and cards. */

/** "November 25, 2026", in UTC so the date never shifts with the build machine's time zone. */
const dateFormat = new Intl.DateTimeFormat('en-US', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});
export const formatDate = (date: Date): string => dateFormat.format(date);

/** "2026-11-25" for datetime attributes. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "1 role", "12 roles". */
export const roleCount = (count: number) => `${count} ${count === 1 ? 'role' : 'roles'}`;
