import { describe, expect, it } from 'vitest';
import { occupationData } from './occupation-data';
import { MAX_ONET_SEARCH_TITLES, onetSearchTitles } from './search-terms';

const data = occupationData('data');
const role = (title: string, soc?: string, alternateTitles: string[] = []) => ({
	data: { title, alternateTitles, codes: soc ? { soc } : undefined },
});

describe('onetSearchTitles', () => {
	it("offers O*NET's reported and best-attested alternate titles, at most a few dozen", () => {
		const nurse = role('Registered Nurse', '29-1141', ['RN']);
		const titles = onetSearchTitles(nurse, [nurse], data);
		expect(titles).toContain('Registered Nurse (RN)');
		expect(titles.length).toBeLessThanOrEqual(MAX_ONET_SEARCH_TITLES);
		expect(titles.slice(0, 3)).toEqual(
			data.onetSearchTitles
				.get('29-1141')!
				.filter((t) => t !== 'Registered Nurse')
				.slice(0, 3),
		);
	});

	it("leaves out the role's own titles and the titles of other roles in the library", () => {
		const backEnd = role('Back-end Developer', '15-1252', ['Software Engineer']);
		const other = role('Software Developer', '15-1252');
		const titles = onetSearchTitles(backEnd, [backEnd, other], data);
		expect(titles).not.toContain('Software Engineer');
		expect(titles).not.toContain('Software Developer');
		expect(titles).toContain('Application Developer');
	});

	it('offers nothing for a role without a SOC code', () => {
		const role0 = role('Product Owner');
		expect(onetSearchTitles(role0, [role0], data)).toEqual([]);
	});
});
