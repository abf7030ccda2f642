/**
 * Reads the official occupation data in data/ once per process: BLS wages and projections,
 * O*NET titles and Job Zones, ESCO's ISCO-08 groups and the SOC–ISCO crosswalk. Every row is
 * checked against src/schemas/occupation-data.ts, so a renamed column or a new kind of value
 * stops the build naming the file, the row and the column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'csv-parse/sync';
import {
	crosswalkRow,
	escoOccupationRow,
	iscoGroupRow,
	oewsRow,
	onetAlternateTitleRow,
	onetJobZoneReferenceRow,
	onetJobZoneRow,
	onetOccupationRow,
	onetReportedTitleRow,
	projectionRow,
	sourcesSchema,
	type DataSources,
	type WageCell,
} from '../schemas/occupation-data.ts';
import { dataDir } from '../site.config.ts';
import type { KnownCodes } from './library-checks.ts';

export type OewsRow = z.output<typeof oewsRow>;
export type ProjectionRow = z.output<typeof projectionRow>;

export interface OccupationData {
	sources: DataSources;
	/** OEWS rows by SOC code (all levels: the checks need to tell detailed codes from groups). */
	oews: Map<string, OewsRow>;
	/** Employment Projections line items by SOC code. */
	projections: Map<string, ProjectionRow>;
	/** O*NET titles by SOC code (the first seven characters of the O*NET-SOC code). */
	onetTitles: Map<string, string>;
	/**
	 * O*NET reported and alternate titles by SOC code, without repeats: a few reported titles,
	 * then alternate titles listed by the most O*NET sources, then the other reported titles.
	 */
	onetSearchTitles: Map<string, string[]>;
	/** O*NET Job Zone by SOC code (the ".00" occupation where O*NET has several). */
	jobZones: Map<string, { zone: number; name: string }>;
	/** ISCO-08 groups by code, from ESCO (1 to 4 digits). */
	iscoGroups: Map<string, string>;
	/** English labels of the ESCO occupations in each ISCO-08 unit group. */
	escoLabels: Map<string, string[]>;
	/** The crosswalk's ISCO-08 unit groups for each SOC 2018 code. */
	crosswalk: Map<string, { isco: string; title: string }[]>;
}

/** How many of O*NET's reported titles lead an occupation's search titles. */
const REPORTED_FIRST = 10;

/** A data file the schema does not describe: the file, the row and the column, and what to do. */
export class DataFileError extends Error {}

function readTable<Schema extends z.ZodObject>(
	dir: string,
	file: string,
	schema: Schema,
	options: { tsv?: boolean; keep?: (row: Record<string, string>) => boolean } = {},
): z.output<Schema>[] {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const rows: Record<string, string>[] = parse(text, {
		columns: true,
		bom: true,
		...(options.tsv ? { delimiter: '\t', quote: false } : {}),
	});
	const columns = Object.keys(schema.shape);
	const header = rows[0] ? Object.keys(rows[0]) : [];
	const missing = columns.filter((column) => !header.includes(column));
	if (missing.length > 0)
		throw new DataFileError(
			`${path}: column ${missing.map((column) => `"${column}"`).join(', ')} is missing (columns found: ${header.join(', ')}). ` +
				'If the publisher renamed it, update src/schemas/occupation-data.ts and the code that reads it.',
		);
	const records: z.output<Schema>[] = [];
	rows.forEach((row, index) => {
		if (options.keep && !options.keep(row)) return;
		const result = schema.safeParse(row);
		if (result.success) records.push(result.data);
		else {
			const issue = result.error.issues[0]!;
			const column = String(issue.path[0] ?? '');
			// Row numbers count the header as row 1, as a spreadsheet shows them.
			throw new DataFileError(
				`${path}, row ${index + 2}, column "${column}": ${issue.message}, found "${row[column] ?? ''}". ` +
					'Check the file against data/README.md, or teach src/schemas/occupation-data.ts the new value.',
			);
		}
	});
	return records;
}

/** Reads and checks every file. Prefer occupationData(), which does it once per process. */
export function loadOccupationData(dir: string): OccupationData {
	const sourcesPath = join(dir, 'sources.json');
	const parsedSources = sourcesSchema.safeParse(JSON.parse(readFileSync(sourcesPath, 'utf8')));
	if (!parsedSources.success) {
		const issue = parsedSources.error.issues[0]!;
		throw new DataFileError(`${sourcesPath} → ${issue.path.join('.')}: ${issue.message}`);
	}
	const sources = parsedSources.data;
	const [oewsFile] = sources.oews.files;
	const [projectionsFile] = sources.ep.files;
	const [onetOccupations, onetAlternate, onetReported, onetZones, onetZoneNames] = sources.onet.files;
	const [escoOccupations, escoGroups] = sources.esco.files;
	const [crosswalkFile] = sources.crosswalk.files;

	const oews = new Map(readTable(dir, oewsFile!, oewsRow).map((row) => [row.OCC_CODE, row]));
	const projections = new Map(
		readTable(dir, projectionsFile!, projectionRow, { keep: (row) => row['Occupation type'] === 'Line item' }).map(
			(row) => [row['2024 National Employment Matrix code'], row],
		),
	);

	const soc = (onetCode: string) => onetCode.slice(0, 7);
	const onetTitles = new Map<string, string>();
	for (const row of readTable(dir, onetOccupations!, onetOccupationRow, { tsv: true })) {
		const code = row['O*NET-SOC Code'];
		// The ".00" occupation carries the SOC title; specialties (".01") come after it in the file.
		if (code.endsWith('.00') || !onetTitles.has(soc(code))) onetTitles.set(soc(code), row.Title);
	}
	const reported = new Map<string, string[]>();
	for (const row of readTable(dir, onetReported!, onetReportedTitleRow, { tsv: true }))
		reported.set(soc(row['O*NET-SOC Code']), [
			...(reported.get(soc(row['O*NET-SOC Code'])) ?? []),
			row['Reported Job Title'],
		]);
	// Alternate titles listed by more of O*NET's sources first: they are the ones most people use.
	const sourceCount = (sources: string) => sources.split(',').filter(Boolean).length;
	const alternate = new Map<string, string[]>();
	for (const { row } of readTable(dir, onetAlternate!, onetAlternateTitleRow, { tsv: true })
		.map((row, index) => ({ row, index, weight: sourceCount(row['Source(s)']) }))
		.sort((a, b) => b.weight - a.weight || a.index - b.index))
		alternate.set(soc(row['O*NET-SOC Code']), [
			...(alternate.get(soc(row['O*NET-SOC Code'])) ?? []),
			row['Alternate Title'],
		]);
	// A few reported titles, then the best-attested alternate titles, then the rest.
	const onetSearchTitles = new Map<string, string[]>();
	for (const code of new Set([...reported.keys(), ...alternate.keys()])) {
		const own = reported.get(code) ?? [];
		const titles = [...own.slice(0, REPORTED_FIRST), ...(alternate.get(code) ?? []), ...own.slice(REPORTED_FIRST)];
		const seen = new Set<string>();
		onetSearchTitles.set(
			code,
			titles.filter((title) => {
				const key = title.toLocaleLowerCase('en');
				return !seen.has(key) && Boolean(seen.add(key));
			}),
		);
	}

	const zoneNames = new Map(
		readTable(dir, onetZoneNames!, onetJobZoneReferenceRow, { tsv: true }).map((row) => [row['Job Zone'], row.Name]),
	);
	const jobZones = new Map<string, { zone: number; name: string }>();
	for (const row of readTable(dir, onetZones!, onetJobZoneRow, { tsv: true })) {
		const code = row['O*NET-SOC Code'];
		if (!code.endsWith('.00') && jobZones.has(soc(code))) continue;
		const name = zoneNames.get(row['Job Zone']);
		if (name) jobZones.set(soc(code), { zone: row['Job Zone'], name });
	}

	const iscoGroups = new Map(readTable(dir, escoGroups!, iscoGroupRow).map((row) => [row.code, row.preferredLabel]));
	const escoLabels = new Map<string, string[]>();
	for (const row of readTable(dir, escoOccupations!, escoOccupationRow))
		escoLabels.set(row.iscoGroup, [...(escoLabels.get(row.iscoGroup) ?? []), row.preferredLabel]);

	const crosswalk = new Map<string, { isco: string; title: string }[]>();
	for (const row of readTable(dir, crosswalkFile!, crosswalkRow)) {
		const list = crosswalk.get(row.soc2018_code) ?? [];
		if (!list.some((link) => link.isco === row.isco08_code))
			list.push({ isco: row.isco08_code, title: row.isco08_title });
		crosswalk.set(row.soc2018_code, list);
	}

	return {
		sources,
		oews,
		projections,
		onetTitles,
		onetSearchTitles,
		jobZones,
		iscoGroups,
		escoLabels,
		crosswalk,
	};
}

const loaded = new Map<string, OccupationData>();
/** The data, read once per process (a build, a lint run, a test file). */
export function occupationData(dir = dataDir): OccupationData {
	let data = loaded.get(dir);
	if (!data) {
		data = loadOccupationData(dir);
		loaded.set(dir, data);
	}
	return data;
}

export type { WageCell };

/** The code lists the build checks roles against (see findCodeProblems). */
export function knownCodes(data: OccupationData): KnownCodes {
	const soc = new Map<string, string>();
	const socGroups = new Map<string, string>();
	// SOC 2018 detailed codes never end in 0; OEWS marks a few broad codes "detailed" where it
	// publishes several occupations together (51-2090 for 51-2092 and 51-2099).
	for (const [code, row] of data.oews)
		(row.O_GROUP === 'detailed' && !code.endsWith('0') ? soc : socGroups).set(code, row.OCC_TITLE);
	for (const [code, title] of data.onetTitles) if (!soc.has(code)) soc.set(code, title);
	const { oews, onet, esco } = data.sources;
	return {
		soc,
		socGroups,
		isco: data.iscoGroups,
		socSource: `${oews.short} ${oews.release} or ${onet.short} ${onet.release}`,
		iscoSource: `${esco.short} ${esco.release}`,
	};
}
