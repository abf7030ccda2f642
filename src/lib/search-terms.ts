import { occupationData, type OccupationData } from './occupation-data.ts';
import { titleKey } from './title-words.ts';

/** At most this many O*NET titles per role: enough to be found by, little weight in the index. */
export const MAX_ONET_SEARCH_TITLES = 30;

interface TitledRole {
	data: { title: string; alternateTitles: string[]; codes?: { soc?: string | undefined } | undefined };
}

/**
 * O*NET's reported and alternate titles for a role's SOC code, as extra search terms: what people
 * type for this kind of job. Titles that are already the role's own, or that name another role in
 * the library, are left out, so each role's own title keeps leading its search.
 */
export function onetSearchTitles(
	role: TitledRole,
	library: readonly TitledRole[],
	data: OccupationData = occupationData(),
): string[] {
	const soc = role.data.codes?.soc;
	if (!soc) return [];
	const own = new Set([role.data.title, ...role.data.alternateTitles].map(titleKey));
	const others = libraryTitleKeys(library);
	return (data.onetSearchTitles.get(soc) ?? [])
		.filter((title) => {
			const key = titleKey(title);
			return key !== '' && !own.has(key) && !others.has(key);
		})
		.slice(0, MAX_ONET_SEARCH_TITLES);
}

const keysByLibrary = new WeakMap<readonly TitledRole[], Set<string>>();
/** Every title and alternate title in the library, as keys. */
function libraryTitleKeys(library: readonly TitledRole[]): Set<string> {
	let keys = keysByLibrary.get(library);
	if (!keys) {
		keys = new Set(library.flatMap((role) => [role.data.title, ...role.data.alternateTitles].map(titleKey)));
		keysByLibrary.set(library, keys);
	}
	return keys;
}
