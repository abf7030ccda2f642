/**
 * The pay and outlook figures, recomputed from the raw BLS files with a plain CSV read, must be
 * the ones the site shows; special values must never turn into invented numbers.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { roleData } from './content-files';
import { occupationData } from './occupation-data';
import {
	fastestGrowing,
	formatChange,
	formatWage,
	namesOccupation,
	payFacts,
	payFor,
	payForCode,
	type Wage,
} from './pay';
import { estimatedSalary } from './structured-data';

const data = occupationData('data');
type Row = Record<string, string>;
const rawOews: Row[] = parse(readFileSync('data/bls-oews/national.csv'), { columns: true, bom: true });
const rawProjections: Row[] = parse(readFileSync('data/bls-ep/occupational-projections.csv'), {
	columns: true,
	bom: true,
});

/** The raw cell as the site should read it: "*" → no figure, "#" → the top code "or more". */
function expectedWage(cell: string, topCode: number): Wage | null {
	if (cell === '*') return null;
	if (cell === '#') return { value: topCode, atLeast: true };
	return { value: Number(cell), atLeast: false };
}

describe('payFor recomputed from the raw files', () => {
	it.each(['back-end-developer', 'registered-nurse', 'elementary-school-teacher', 'general-manager'])('%s', (slug) => {
		const role = roleData(`content/roles/${slug}.mdx`);
		const soc = role.codes!.soc!;
		const pay = payFor(role, data)!;
		expect(pay, `${slug} has figures`).toBeDefined();

		const oews = rawOews.find((row) => row['OCC_CODE'] === soc)!;
		const kinds = [
			['annual', 'A', 239_200],
			['hourly', 'H', 115],
		] as const;
		for (const [kind, prefix, topCode] of kinds) {
			const expected = {
				p10: expectedWage(oews[`${prefix}_PCT10`]!, topCode),
				p25: expectedWage(oews[`${prefix}_PCT25`]!, topCode),
				median: expectedWage(oews[`${prefix}_MEDIAN`]!, topCode),
				p75: expectedWage(oews[`${prefix}_PCT75`]!, topCode),
				p90: expectedWage(oews[`${prefix}_PCT90`]!, topCode),
			};
			const published = Object.values(expected).some(Boolean);
			expect(pay.wages![kind], `${slug} ${kind}`).toEqual(published ? expected : null);
		}
		expect(pay.wages!.employment).toBe(Number(oews['TOT_EMP']));
		expect(pay.wages!.citation.text).toBe(`U.S. BLS, OEWS May 2024, national, ${soc} ${oews['OCC_TITLE']}`);

		const projection = rawProjections.find((row) => row['2024 National Employment Matrix code'] === soc)!;
		expect(pay.outlook).toMatchObject({
			employmentStart: Math.round(Number(projection['Employment, 2024']) * 1000),
			employmentEnd: Math.round(Number(projection['Employment, 2034']) * 1000),
			changePercent: Number(projection['Employment change, percent, 2024–34']),
			annualOpenings: Math.round(Number(projection['Occupational openings, 2024–34 annual average']) * 1000),
		});
		expect(pay.entry).toMatchObject({
			education: projection['Typical education needed for entry'],
			experience: projection['Work experience in a related occupation'],
			training: projection['Typical on-the-job training needed to attain competency in the occupation'],
		});
	});

	it('gives the known figures for Software Developers (15-1252)', () => {
		const pay = payForCode('15-1252', { title: 'Back-end Developer', alternateTitles: [] }, data)!;
		expect(formatWage(pay.wages!.annual!.median!, 'annual')).toBe('$133,080');
		expect(formatChange(pay.outlook!.changePercent)).toBe('+15.8%');
		expect(pay.wholeOccupation).toBe(true);
	});
});

describe('special values', () => {
	it('shows a top-coded wage as "or more", and leaves it out of estimatedSalary', () => {
		const pay = payForCode('29-1211', { title: 'Anesthesiologist', alternateTitles: [] }, data)!;
		expect(pay.wages!.annual!.median).toEqual({ value: 239_200, atLeast: true });
		expect(formatWage(pay.wages!.annual!.median!, 'annual')).toBe('$239,200 or more');
		const [salary] = estimatedSalary(pay)!;
		expect(salary).not.toHaveProperty('median');
		expect(salary).toMatchObject({ currency: 'USD', duration: 'P1Y', percentile10: expect.any(Number) });
	});

	it('gives hourly pay only where BLS publishes hourly wages only (actors)', () => {
		const pay = payForCode('27-2011', { title: 'Actor', alternateTitles: [] }, data)!;
		expect(pay.wages).toMatchObject({ hourlyOnly: true, annual: null });
		expect(payFacts(pay).facts[0]).toEqual(['Median pay', '$23.33 an hour']);
		expect(estimatedSalary(pay)).toEqual([expect.objectContaining({ duration: 'PT1H', median: 23.33 })]);
		expect(pay.wholeOccupation).toBe(false);
	});

	it('uses the group BLS publishes when it has no figures for the detailed occupation', () => {
		const pay = payForCode('51-2092', { title: 'Assembler', alternateTitles: [] }, data)!;
		expect(pay.occupation).toBe('Team Assemblers');
		expect(pay.group).toEqual({ soc: '51-2090', title: 'Miscellaneous Assemblers and Fabricators' });
		expect(pay.wages!.citation.text).toContain('51-2090 Miscellaneous Assemblers and Fabricators');
		expect(pay.wholeOccupation).toBe(true);
	});

	it('has no figures for a code no source publishes', () => {
		expect(payForCode('99-9999', { title: 'Nobody', alternateTitles: [] }, data)).toBeUndefined();
		expect(payFor({ title: 'No code', alternateTitles: [], codes: undefined }, data)).toBeUndefined();
	});
});

describe('namesOccupation', () => {
	it('matches singular and plural, word order and "and"', () => {
		expect(namesOccupation({ title: 'Registered Nurse', alternateTitles: [] }, 'Registered Nurses')).toBe(true);
		expect(namesOccupation({ title: 'Dev', alternateTitles: ['Software Developer'] }, 'Software Developers')).toBe(
			true,
		);
		expect(namesOccupation({ title: 'Back-end Developer', alternateTitles: [] }, 'Software Developers')).toBe(false);
	});
});

describe('fastestGrowing', () => {
	it('orders roles by projected change, highest first', () => {
		const roles = [
			{ data: { title: 'Actor', alternateTitles: [], codes: { soc: '27-2011' } } },
			{ data: { title: 'Developer', alternateTitles: [], codes: { soc: '15-1252' } } },
			{ data: { title: 'No code', alternateTitles: [] } },
		];
		expect(fastestGrowing(roles, data).map(({ role }) => role.data.title)).toEqual(['Developer', 'Actor']);
	});
});
