import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCodeProblems } from './library-checks';
import { knownCodes, loadOccupationData, occupationData } from './occupation-data';

const copies: string[] = [];
/** A copy of data/ with one file changed. */
function dataWith(file: string, change: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'rolebook-data-'));
	copies.push(dir);
	cpSync('data', dir, { recursive: true });
	writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
	return dir;
}
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true });
});

describe('loading the official data', () => {
	it('reads every source', () => {
		const data = occupationData('data');
		expect(data.oews.get('29-1141')?.OCC_TITLE).toBe('Registered Nurses');
		expect(data.projections.get('15-1252')?.['Employment change, percent, 2024–34']).toBe(15.8);
		expect(data.onetTitles.get('15-1252')).toBe('Software Developers');
		expect(data.onetSearchTitles.get('29-1141')).toContain('Registered Nurse (RN)');
		expect(data.jobZones.get('29-1141')?.zone).toBe(4);
		expect(data.iscoGroups.get('2512')).toBe('Software developers');
		expect(data.crosswalk.get('29-1141')).toEqual([{ isco: '2221', title: 'Nursing professionals' }]);
	});

	it('names the file and the column when a column is renamed', () => {
		const dir = dataWith('bls-oews/national.csv', (text) => text.replace(',A_MEDIAN,', ',A_MEDIAN_2025,'));
		expect(() => loadOccupationData(dir)).toThrow(/bls-oews\/national\.csv: column "A_MEDIAN" is missing/);
	});

	it('names the file, row and column of a value it does not know', () => {
		const dir = dataWith('bls-ep/occupational-projections.csv', (text) =>
			text.replace('Software developers,15-1252,Line item,1693.8', 'Software developers,15-1252,Line item,n/a'),
		);
		expect(() => loadOccupationData(dir)).toThrow(
			/occupational-projections\.csv, row \d+, column "Employment, 2024": expected a number, found "n\/a"/,
		);
	});

	it('refuses a TSV whose codes are not O*NET-SOC codes', () => {
		const dir = dataWith('onet/job-zones.tsv', (text) => text.replace('15-1252.00', '15-1252'));
		expect(() => loadOccupationData(dir)).toThrow(/job-zones\.tsv, row \d+, column "O\*NET-SOC Code"/);
	});
});

describe('findCodeProblems against the official lists', () => {
	const known = knownCodes(occupationData('data'));
	const role = (soc?: string, isco?: string) => ({
		id: 'x',
		filePath: 'content/roles/x.mdx',
		data: { codes: { soc, isco } },
	});

	it('accepts detailed SOC codes from OEWS or O*NET and ISCO-08 unit groups', () => {
		expect(findCodeProblems([role('15-1252', '2512'), role('25-9042', '5312'), role()], known)).toEqual([]);
	});

	it('refuses an unknown SOC code, naming the field', () => {
		expect(findCodeProblems([role('15-9999')], known)).toEqual([
			{
				file: 'content/roles/x.mdx',
				field: 'codes.soc',
				message: expect.stringMatching(/^"15-9999" is not a detailed SOC 2018 occupation in U\.S\. BLS, OEWS May 2024/),
			},
		]);
	});

	it('refuses a SOC group and lists its detailed occupations', () => {
		const [problem] = findCodeProblems([role('51-2090')], known);
		expect(problem?.message).toMatch(/"51-2090" is the SOC group "Miscellaneous Assemblers and Fabricators"/);
		expect(problem?.message).toContain('51-2092 Team Assemblers');
		expect(findCodeProblems([role('15-1250')], known)[0]?.message).toContain('15-1252 Software Developers');
	});

	it('refuses an ISCO-08 code that is not a unit group in ESCO', () => {
		expect(findCodeProblems([role(undefined, '9999'), role(undefined, '2510')], known).map((p) => p.field)).toEqual([
			'codes.isco',
			'codes.isco',
		]);
	});
});
