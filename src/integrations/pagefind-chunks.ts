import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Pagefind (1.6) cuts its word index into chunks of about 20,000 word locations, a fixed size it
 * does not let sites change: about 26 KB that every search word downloads, however small the
 * result. This step re-cuts the written index into smaller chunks (same words, same order, same
 * lookup rule as Pagefind's `chunk_meta`), so a first search fetches a few KB of index instead.
 * Pagefind's files are CBOR behind a "pagefind_dcd" signature, gzipped; the few CBOR types they
 * use are read and written here, and any other shape stops the build rather than guess.
 */

/** Word locations per chunk: a chunk is then about 5 KB gzipped. */
export const CHUNK_LOCATIONS = 3000;
const SIGNATURE = Buffer.from('pagefind_dcd');
/** The Pagefind versions whose file layout this step knows. */
const KNOWN_VERSIONS = /^1\.6\./;

export type Cbor = number | string | null | boolean | Cbor[] | Uint8Array;

export function decodeCbor(bytes: Uint8Array): Cbor {
	let at = 0;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const length = (info: number): number => {
		if (info < 24) return info;
		const size = info - 24;
		const value =
			size === 0
				? view.getUint8(at)
				: size === 1
					? view.getUint16(at)
					: size === 2
						? view.getUint32(at)
						: size === 3
							? Number(view.getBigUint64(at))
							: Number.NaN;
		if (Number.isNaN(value)) throw new Error(`Pagefind index: unsupported CBOR length at byte ${at}`);
		at += 1 << size;
		return value;
	};
	const item = (): Cbor => {
		const head = bytes[at++]!;
		const major = head >> 5;
		const info = head & 31;
		if (major === 7) {
			if (info === 20 || info === 21) return info === 21;
			if (info === 22) return null;
			throw new Error(`Pagefind index: unsupported CBOR simple value ${info} at byte ${at - 1}`);
		}
		const n = length(info);
		if (major === 0) return n;
		if (major === 1) return -1 - n;
		if (major === 2 || major === 3) {
			const slice = bytes.subarray(at, at + n);
			at += n;
			return major === 3 ? Buffer.from(slice).toString('utf8') : Uint8Array.from(slice);
		}
		if (major === 4) return Array.from({ length: n }, item);
		throw new Error(`Pagefind index: unsupported CBOR major type ${major} at byte ${at - 1}`);
	};
	const value = item();
	if (at !== bytes.length) throw new Error(`Pagefind index: ${bytes.length - at} unread bytes after the CBOR value`);
	return value;
}

export function encodeCbor(value: Cbor): Buffer {
	const parts: Buffer[] = [];
	const head = (major: number, n: number) => {
		const type = major << 5;
		if (n < 24) parts.push(Buffer.from([type | n]));
		else if (n < 0x100) parts.push(Buffer.from([type | 24, n]));
		else if (n < 0x10000) parts.push(Buffer.from([type | 25, n >> 8, n & 0xff]));
		else {
			const buffer = Buffer.alloc(5);
			buffer[0] = type | 26;
			buffer.writeUInt32BE(n, 1);
			parts.push(buffer);
		}
	};
	const item = (v: Cbor) => {
		if (v === null) parts.push(Buffer.from([0xf6]));
		else if (typeof v === 'boolean') parts.push(Buffer.from([v ? 0xf5 : 0xf4]));
		else if (typeof v === 'number') v >= 0 ? head(0, v) : head(1, -1 - v);
		else if (typeof v === 'string') {
			const text = Buffer.from(v, 'utf8');
			head(3, text.length);
			parts.push(text);
		} else if (v instanceof Uint8Array) {
			head(2, v.length);
			parts.push(Buffer.from(v));
		} else {
			head(4, v.length);
			v.forEach(item);
		}
	};
	item(value);
	return Buffer.concat(parts);
}

/** Reads a Pagefind file: gzip, then the signature, then one CBOR value. */
export function readPagefindFile(file: string): Cbor {
	const bytes = gunzipSync(readFileSync(file));
	if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE))
		throw new Error(`${file}: not a Pagefind index file (no pagefind_dcd signature)`);
	return decodeCbor(bytes.subarray(SIGNATURE.length));
}

export const pagefindFileBytes = (value: Cbor): Buffer =>
	gzipSync(Buffer.concat([SIGNATURE, encodeCbor(value)]), { level: 9 });

type Word = [string, [number, number[], ...Cbor[]][], ...Cbor[]];
type ChunkEntry = [from: string, to: string, hash: string];

/** The shortest prefixes that still tell two neighboring chunks apart (Pagefind's get_prefixes). */
export function chunkBoundaries(last: string, first: string): [string, string] {
	const a = [...last];
	const b = [...first];
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** Groups words, in index order, into chunks of about `size` locations (Pagefind's own rule). */
export function groupWords(words: readonly Word[], size: number): Word[][] {
	const chunks: Word[][] = [];
	let chunk: Word[] = [];
	let locations = 0;
	for (const word of words) {
		locations += word[1].reduce((sum, page) => sum + page[1].length + 1, 0);
		chunk.push(word);
		if (locations >= size) {
			chunks.push(chunk);
			chunk = [];
			locations = 0;
		}
	}
	if (chunk.length > 0) chunks.push(chunk);
	return chunks;
}

const shortHash = (bytes: Buffer, taken: Set<string>, length = 7): string => {
	const hash = createHash('sha256').update(bytes).digest('hex');
	let name = hash.slice(0, length);
	while (taken.has(name)) name = hash.slice(0, ++length);
	taken.add(name);
	return name;
};

function isWord(value: Cbor): value is Word {
	return (
		Array.isArray(value) &&
		typeof value[0] === 'string' &&
		Array.isArray(value[1]) &&
		value[1].every((page) => Array.isArray(page) && typeof page[0] === 'number' && Array.isArray(page[1]))
	);
}

/**
 * Re-cuts the index of every language in `pagefindDir` into chunks of `size` locations and
 * rewrites the metadata and entry files to name them. Returns the chunk count before and after.
 */
export function rechunkIndex(pagefindDir: string, size = CHUNK_LOCATIONS): { before: number; after: number } {
	const entryFile = join(pagefindDir, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
		version: string;
		languages: Record<string, { hash: string }>;
	};
	if (!KNOWN_VERSIONS.test(entry.version))
		throw new Error(
			`${entryFile}: Pagefind ${entry.version} is not a version src/integrations/pagefind-chunks.ts knows; check its index layout and update KNOWN_VERSIONS`,
		);
	let before = 0;
	let after = 0;
	for (const language of Object.values(entry.languages)) {
		const metaFile = join(pagefindDir, `pagefind.${language.hash}.pf_meta`);
		const meta = readPagefindFile(metaFile);
		const chunkList = Array.isArray(meta) ? meta[2] : undefined;
		const isChunkList = (value: Cbor | undefined): value is ChunkEntry[] =>
			Array.isArray(value) &&
			value.every((c) => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string'));
		if (!Array.isArray(meta) || meta[0] !== entry.version || !isChunkList(chunkList))
			throw new Error(`${metaFile}: unexpected Pagefind metadata layout; expected [version, pages, index chunks, …]`);
		const language_ = language.hash.split('_')[0]!;
		const words: Word[] = [];
		const oldFiles: string[] = [];
		for (const [, , hash] of chunkList) {
			const file = join(pagefindDir, 'index', `${hash}.pf_index`);
			const chunk = readPagefindFile(file);
			if (!Array.isArray(chunk) || !Array.isArray(chunk[0]) || !chunk[0].every(isWord))
				throw new Error(`${file}: unexpected Pagefind index layout; expected [[word, pages, …], …]`);
			words.push(...chunk[0]);
			oldFiles.push(file);
		}
		before += chunkList.length;
		const taken = new Set(readdirSync(join(pagefindDir, 'index')).map((name) => name.replace(/\.pf_index$/, '')));
		const grouped = groupWords(words, size);
		const newList: ChunkEntry[] = grouped.map((chunk) => [chunk[0]![0], chunk.at(-1)![0], '']);
		for (let i = 0; i + 1 < newList.length; i++)
			[newList[i]![1], newList[i + 1]![0]] = chunkBoundaries(newList[i]![1], newList[i + 1]![0]);
		for (const file of oldFiles) rmSync(file);
		grouped.forEach((chunk, i) => {
			const bytes = pagefindFileBytes([chunk]);
			const name = `${language_}_${shortHash(bytes, taken)}`;
			writeFileSync(join(pagefindDir, 'index', `${name}.pf_index`), bytes);
			newList[i]![2] = name;
		});
		after += newList.length;
		meta[2] = newList;
		const metaBytes = pagefindFileBytes(meta);
		const metaHash = `${language_}_${createHash('sha256').update(metaBytes).digest('hex').slice(0, 10)}`;
		rmSync(metaFile);
		writeFileSync(join(pagefindDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
		language.hash = metaHash;
	}
	writeFileSync(entryFile, JSON.stringify(entry));
	return { before, after };
}
