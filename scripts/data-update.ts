// Regenerates data/ from the publishers' files (see data/README.md).
//
//   npm run data:update                          download O*NET and BLS from the official URLs
//   npm run data:update -- --from /path/to/official-files  read local copies laid out as in data/README.md
//
// ESCO and the SOC–ISCO crosswalk have no stable download URL (ESCO's portal builds the archive
// on request), so they are always read from --from, or kept as they are when it is not given.
// Afterwards run `npm run data:check` and the unit tests: the build re-validates every column.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { strFromU8, unzipSync } from 'fflate';
import { sourcesSchema } from '../src/schemas/occupation-data.ts';

const { values } = parseArgs({
	options: {
		from: { type: 'string' },
		out: { type: 'string', default: 'data' },
	},
});
const out = values.out!;
const sources = sourcesSchema.parse(JSON.parse(readFileSync(join(out, 'sources.json'), 'utf8')));

/** At most this many O*NET alternate titles per SOC code: enough for search, small enough for git. */
const ALTERNATE_TITLES_PER_CODE = 40;

type Row = Record<string, string>;
const readTsv = (text: string): Row[] =>
	parse(text, { columns: true, delimiter: '\t', quote: false, bom: true, relax_column_count: true });
const readCsv = (text: string): Row[] => parse(text, { columns: true, bom: true });

function write(file: string, text: string) {
	const path = join(out, file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	console.log(`wrote ${path} (${Math.round(text.length / 1024)} KB)`);
}

/** Tab-separated, as O*NET publishes it; refuses values that would break the format. */
function writeTsv(file: string, columns: string[], rows: Row[]) {
	const line = (cells: string[]) => {
		for (const cell of cells)
			if (/[\t\r\n]/.test(cell)) throw new Error(`${file}: a value contains a tab or line break: ${cell}`);
		return cells.join('\t');
	};
	write(
		file,
		`${[line(columns), ...rows.map((row) => line(columns.map((column) => row[column] ?? '')))].join('\n')}\n`,
	);
}

const writeCsv = (file: string, columns: string[], rows: Row[]) =>
	write(file, stringify(rows, { header: true, columns, record_delimiter: '\n' }));

const pick = (rows: Row[], columns: string[]) =>
	rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? ''])));

/** O*NET text edition writes "n/a" where the Excel edition leaves a cell empty. */
const blankNa = (rows: Row[]) =>
	rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === 'n/a' ? '' : value])));

/** Alternate titles listed by the most O*NET sources first, then in the publisher's order. */
function topAlternateTitles(rows: Row[]): Row[] {
	const byCode = new Map<string, Row[]>();
	for (const row of rows) {
		const soc = row['O*NET-SOC Code']!.slice(0, 7);
		byCode.set(soc, [...(byCode.get(soc) ?? []), row]);
	}
	const sourceCount = (row: Row) => (row['Source(s)'] ?? '').split(',').filter(Boolean).length;
	return [...byCode.values()].flatMap((list) =>
		list
			.map((row, index) => ({ row, index }))
			.sort((a, b) => sourceCount(b.row) - sourceCount(a.row) || a.index - b.index)
			.slice(0, ALTERNATE_TITLES_PER_CODE)
			.sort((a, b) => a.index - b.index)
			.map(({ row }) => row),
	);
}

interface OnetFiles {
	occupations: Row[];
	alternateTitles: Row[];
	reportedTitles: Row[];
	jobZones: Row[];
	jobZoneReference: Row[];
}

function writeOnet(files: OnetFiles) {
	const code = 'O*NET-SOC Code';
	writeTsv('onet/occupation-data.tsv', [code, 'Title'], files.occupations);
	const alternate = [code, 'Alternate Title', 'Short Title', 'Source(s)'];
	writeTsv('onet/alternate-titles.tsv', alternate, topAlternateTitles(pick(files.alternateTitles, alternate)));
	writeTsv(
		'onet/sample-of-reported-titles.tsv',
		[code, 'Reported Job Title', 'Shown in My Next Move'],
		files.reportedTitles,
	);
	writeTsv('onet/job-zones.tsv', [code, 'Job Zone'], files.jobZones);
	writeTsv('onet/job-zone-reference.tsv', ['Job Zone', 'Name'], files.jobZoneReference);
}

function writeEsco(occupations: Row[], groups: Row[]) {
	writeCsv('esco/occupations-en.csv', ['code', 'iscoGroup', 'preferredLabel'], occupations);
	writeCsv('esco/isco-groups-en.csv', ['code', 'preferredLabel'], groups);
}

async function download(url: string): Promise<Uint8Array> {
	console.log(`downloading ${url}`);
	// BLS refuses requests without a browser-like User-Agent.
	const response = await fetch(url, { headers: { 'User-Agent': 'Mozilla/5.0 (Rolebook data update)' } });
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** The first sheet of an .xlsx workbook as rows of text, read with ExcelJS. */
async function xlsxRows(bytes: Uint8Array, sheet?: string): Promise<string[][]> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
	const worksheet = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
	if (!worksheet) throw new Error(`the workbook has no sheet ${sheet ?? ''}`);
	const rows: string[][] = [];
	worksheet.eachRow({ includeEmpty: false }, (row) => {
		const cells: string[] = [];
		for (let column = 1; column <= worksheet.columnCount; column++) {
			const cell = row.getCell(column);
			cells.push(cell.text.trim());
		}
		rows.push(cells);
	});
	return rows;
}

const rowsToCsv = (rows: string[][]) => stringify(rows, { record_delimiter: '\n' });

async function fromOfficial() {
	// O*NET: the text edition, tab-separated.
	const onetZip = unzipSync(await download(sources.onet.download));
	const entry = (name: string) => {
		const key = Object.keys(onetZip).find((path) => path.endsWith(`/${name}`));
		if (!key) throw new Error(`${sources.onet.download} has no ${name}`);
		return blankNa(readTsv(strFromU8(onetZip[key]!)));
	};
	writeOnet({
		occupations: entry('Occupation Data.txt'),
		alternateTitles: entry('Alternate Titles.txt'),
		reportedTitles: entry('Sample of Reported Titles.txt'),
		jobZones: entry('Job Zones.txt'),
		jobZoneReference: entry('Job Zone Reference.txt'),
	});

	// OEWS: a zip holding one workbook; its first sheet is the data.
	const oewsZip = unzipSync(await download(sources.oews.download));
	const workbook = Object.keys(oewsZip).find((path) => /national_M\d{4}_dl\.xlsx$/i.test(path));
	if (!workbook) throw new Error(`${sources.oews.download} holds no national_M<year>_dl.xlsx`);
	write(sources.oews.files[0]!, rowsToCsv(await xlsxRows(oewsZip[workbook]!)));

	// Employment Projections: Table 1.2; drop the title row above the header and the footnotes
	// below the data, and strip the indentation BLS uses to show the hierarchy of titles.
	const table = await xlsxRows(await download(sources.ep.download), 'Table 1.2');
	const header = table.findIndex((row) => row.some((cell) => cell.includes('National Employment Matrix code')));
	if (header < 0) throw new Error(`${sources.ep.download}: Table 1.2 has no "National Employment Matrix code" column`);
	const codeColumn = table[header]!.findIndex((cell) => cell.includes('National Employment Matrix code'));
	const data = table.slice(header + 1).filter((row) => /^\d{2}-\d{4}$/.test(row[codeColumn] ?? ''));
	write(sources.ep.files[0]!, rowsToCsv([table[header]!, ...data.map((row) => row.map((cell) => cell.trim()))]));
}

function fromFolder(folder: string) {
	const read = (path: string) => readFileSync(join(folder, path), 'utf8');
	copyFileSync(join(folder, 'bls-oews/national-m2024.csv'), join(out, sources.oews.files[0]!));
	copyFileSync(join(folder, 'bls-ep/occupational-projections-2024-34.csv'), join(out, sources.ep.files[0]!));
	console.log(`copied ${sources.oews.files[0]} and ${sources.ep.files[0]}`);
	writeOnet({
		occupations: readTsv(read('onet-28.2/occupation-data.tsv')),
		alternateTitles: readTsv(read('onet-28.2/alternate-titles.tsv')),
		reportedTitles: readTsv(read('onet-28.2/sample-of-reported-titles.tsv')),
		jobZones: readTsv(read('onet-28.2/job-zones.tsv')),
		jobZoneReference: readTsv(read('onet-28.2/job-zone-reference.tsv')),
	});
	writeEsco(readCsv(read('esco/occupations-en-v1.2.csv')), readCsv(read('esco/isco-groups-en.csv')));
	const crosswalk = 'crosswalk/soc2018-isco08-via-soc2010.csv';
	if (existsSync(join(folder, crosswalk))) {
		copyFileSync(join(folder, crosswalk), join(out, sources.crosswalk.files[0]!));
		console.log(`copied ${sources.crosswalk.files[0]}`);
	}
}

for (const dir of ['bls-oews', 'bls-ep', 'onet', 'esco', 'crosswalk']) mkdirSync(join(out, dir), { recursive: true });
if (values.from) fromFolder(values.from);
else {
	try {
		await fromOfficial();
	} catch (error) {
		console.error(
			`Could not update from the official downloads: ${(error as Error).message}\n` +
				'Download the files by hand (URLs in data/README.md) and run npm run data:update -- --from <folder>.',
		);
		process.exit(1);
	}
	console.log('ESCO and the crosswalk were kept: update them with --from (see data/README.md).');
}
console.log('Now run npm run data:check; if a release changed, update data/sources.json and data/README.md.');
