import { describe, expect, it } from 'vitest';
import { codeReport } from './code-report';
import { occupationData } from './occupation-data';

const data = occupationData('data');
const role = (id: string, title: string, codes?: { soc?: string; isco?: string }, alternateTitles: string[] = []) => ({
	id,
	filePath: `content/roles/${id}.mdx`,
	data: { title, alternateTitles, codes },
});

describe('codeReport', () => {
	it('passes a role whose code names it', () => {
		const report = codeReport([role('nurse', 'Registered Nurse', { soc: '29-1141', isco: '2221' })], data);
		expect(report).toEqual({ errors: [], titleMismatches: [], iscoMismatches: [], missing: [], withoutFigures: [] });
	});

	it('asks a person to look at a code whose titles share nothing with the role', () => {
		const report = codeReport([role('chef', 'Head Chef', { soc: '15-1252', isco: '5120' })], data);
		expect(report.titleMismatches).toEqual([
			expect.objectContaining({ file: 'content/roles/chef.mdx', soc: '15-1252', occupation: 'Software Developers' }),
		]);
		expect(report.iscoMismatches[0]?.suggestions).toContain('ISCO 2512 Software developers');
	});

	it('accepts an ISCO group the crosswalk misses when ESCO files an occupation of that name there', () => {
		// The crosswalk links 35-3023 to 5246; ESCO files "barista" under 5132 Bartenders.
		const report = codeReport([role('barista', 'Barista', { soc: '35-3023', isco: '5132' })], data);
		expect(report.iscoMismatches).toEqual([]);
		const wrong = codeReport([role('barista', 'Barista', { soc: '35-3023', isco: '2512' })], data);
		expect(wrong.iscoMismatches).toHaveLength(1);
	});

	it('reports unknown codes as errors, naming the file and field', () => {
		const report = codeReport([role('x', 'Registered Nurse', { soc: '29-9999', isco: '2221' })], data);
		expect(report.errors.map((error) => `${error.file} ${error.field}`)).toEqual(['content/roles/x.mdx codes.soc']);
	});

	it('suggests codes for a role without them, from titles O*NET knows', () => {
		const [missing] = codeReport([role('nurse', 'Registered Nurse')], data).missing;
		expect(missing?.missing).toEqual(['soc', 'isco']);
		expect(missing?.suggestions).toContain('SOC 29-1141 Registered Nurses');
		expect(missing?.suggestions).toContain('ISCO 2221 Nursing professionals (via 29-1141)');
	});

	it('lists codes BLS publishes no figures for, with the code BLS uses in the same group', () => {
		const [without] = codeReport(
			[role('ta', 'Teaching Assistant', { soc: '25-9042', isco: '5312' })],
			data,
		).withoutFigures;
		expect(without?.suggestions).toContain('SOC 25-9045 Teaching Assistants, Except Postsecondary');
	});
});
