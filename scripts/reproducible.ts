// Proves the build is reproducible: two clean builds from the same commit (each with an empty
// cache) must produce byte-identical dist/ folders. Usage: npm run check:reproducible
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files.ts';

const work = join('node_modules', '.reproducible');

function build(name: string): Map<string, string> {
	const out = join(work, name, 'dist');
	const cache = join(work, name, 'cache');
	rmSync(join(work, name), { recursive: true, force: true });
	const result = spawnSync('astro', ['build'], {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ROLEBOOK_OUT_DIR: out, ROLEBOOK_CACHE_DIR: cache },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
	return new Map(
		filesUnder(out).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(out, file)))
				.digest('hex'),
		]),
	);
}

const first = build('a');
const second = build('b');
const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
	(file) => first.get(file) !== second.get(file),
);
if (differing.length > 0) {
	console.error(
		`${differing.length} of ${first.size} files differ between two clean builds:\n  ${differing.slice(0, 50).join('\n  ')}`,
	);
	process.exit(1);
}
console.log(`Reproducible: two clean builds produced the same ${first.size} files, byte for byte.`);
