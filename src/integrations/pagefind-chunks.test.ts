// cspell:ignore catha — misspellings and fragments the tests and the corrector work with
import { describe, expect, it } from 'vitest';
import { chunkBoundaries, decodeCbor, encodeCbor, groupWords, type Cbor } from './pagefind-chunks';

describe('CBOR', () => {
	it('reads back what it writes, byte for byte, for the types Pagefind uses', () => {
		const value: Cbor = ['1.6.0', [['en_abc', 41, ''], -25, 246, 70_000, null, true], [], new Uint8Array([1, 2])];
		const bytes = encodeCbor(value);
		expect(decodeCbor(bytes)).toEqual(value);
		expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
	});

	it('refuses a type it does not know rather than guess', () => {
		expect(() => decodeCbor(Uint8Array.from([0xa1, 0x01, 0x02]))).toThrow(/unsupported CBOR major type 5/);
	});
});

describe('re-chunking', () => {
	const word = (text: string, locations: number): [string, [number, number[]][]] => [
		text,
		[[0, Array(locations).fill(1)]],
	];

	it('cuts words, in order, into chunks of about the given number of locations', () => {
		const words = [word('apple', 3), word('apricot', 2), word('banana', 4), word('peach', 1)];
		expect(groupWords(words, 5).map((chunk) => chunk.map(([text]) => text))).toEqual([
			['apple', 'apricot'],
			['banana'],
			['peach'],
		]);
	});

	it('names chunk edges by the shortest prefixes that tell neighbors apart, as Pagefind does', () => {
		expect(chunkBoundaries('apple', 'apricot')).toEqual(['app', 'apr']);
		expect(chunkBoundaries('cath', 'cathartic')).toEqual(['cath', 'catha']);
	});
});
