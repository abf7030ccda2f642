// Side-by-side build benchmark: Rolebook and a stock Astro Starlight site (the peer benchmark kept
// outside this repository) build the SAME roles, clean, interleaved run by run, on this machine.
// The roles are the real library multiplied by the peer's own amplify.mjs (each copy a distinct
// page with its own slug and title). Prints each run, the medians and the ratio ours / peer.
// Usage: npm run bench:peer -- --peer /path/to/peer-starlight [--roles 1000] [--runs 3]
// (copy the peer folder somewhere writable first; its README says how)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		peer: { type: 'string' },
		roles: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '3' },
		work: { type: 'string', default: join('node_modules', '.bench-peer') },
	},
});
if (!values.peer || !existsSync(join(values.peer, 'measure.sh'))) {
	console.error('Give the peer benchmark folder: npm run bench:peer -- --peer /path/to/peer-starlight');
	process.exit(2);
}
const peer = resolve(values.peer);
const work = resolve(values.work!);
const roles = join(work, 'roles');
const content = join(work, 'content');
rmSync(work, { recursive: true, force: true });
mkdirSync(content, { recursive: true });

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
	const result = spawnSync(command, args, {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	if (result.status !== 0) {
		console.error(`${command} ${args.join(' ')} failed:\n${result.stdout.slice(-3000)}${result.stderr.slice(-3000)}`);
		process.exit(1);
	}
	return result;
};

run(process.execPath, [join(peer, 'amplify.mjs'), 'content/roles', values.roles!, roles]);
cpSync(roles, join(content, 'roles'), { recursive: true });
cpSync('content/departments', join(content, 'departments'), { recursive: true });

/** One clean Rolebook build: new output, content-layer and OG/export caches. */
function ours(): { seconds: number; rssMb: number } {
	for (const dir of ['dist', 'cache']) rmSync(join(work, dir), { recursive: true, force: true });
	const started = performance.now();
	const build = run('/usr/bin/time', ['-f', '%M', 'astro', 'build'], {
		ROLEBOOK_CONTENT_DIR: content,
		ROLEBOOK_OUT_DIR: join(work, 'dist'),
		ROLEBOOK_CACHE_DIR: join(work, 'cache'),
	});
	const seconds = (performance.now() - started) / 1000;
	return { seconds, rssMb: Number(build.stderr.trim().split('\n').pop()) / 1024 };
}

/** One clean build of the peer, timed by its own measure.sh. */
function theirs(): { seconds: number; rssMb: number } {
	// PEER_PAGE set: measure.sh's own default (find | sort | head under pipefail) can fail on a
	// large folder when head closes the pipe early.
	const output = run(join(peer, 'measure.sh'), [roles], {
		RUNS: '1',
		OUT_DIR: join(work, 'peer-out'),
		PEER_PAGE: readdirSync(roles)
			.sort()[0]!
			.replace(/\.mdx$/, ''),
	}).stdout;
	const value = (key: string) => Number(output.match(new RegExp(`^${key}=([\\d.]+)$`, 'm'))?.[1]);
	return { seconds: value('peer_build_seconds'), rssMb: value('peer_peak_rss_kb') / 1024 };
}

const median = (list: number[]) => {
	const sorted = [...list].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const results: { ours: number[]; theirs: number[]; oursRss: number[]; theirsRss: number[] } = {
	ours: [],
	theirs: [],
	oursRss: [],
	theirsRss: [],
};
for (let i = 1; i <= Number(values.runs); i++) {
	const a = ours();
	const b = theirs();
	results.ours.push(a.seconds);
	results.oursRss.push(a.rssMb);
	results.theirs.push(b.seconds);
	results.theirsRss.push(b.rssMb);
	console.log(`run ${i}: Rolebook ${a.seconds.toFixed(1)} s, Starlight ${b.seconds.toFixed(1)} s`);
}
const count = readdirSync(roles).length;
const [oursMedian, theirsMedian] = [median(results.ours), median(results.theirs)];
const list = (numbers: number[]) => numbers.map((n) => n.toFixed(1)).join(', ');
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}; ${count} roles`);
console.log('| | clean build, median (runs) | peak RSS (MB) |');
console.log('|---|---|---|');
console.log(
	`| Rolebook | ${oursMedian.toFixed(1)} s (${list(results.ours)}) | ${Math.max(...results.oursRss).toFixed(0)} |`,
);
console.log(
	`| Starlight | ${theirsMedian.toFixed(1)} s (${list(results.theirs)}) | ${Math.max(...results.theirsRss).toFixed(0)} |`,
);
console.log(`| ratio | **${(oursMedian / theirsMedian).toFixed(2)}** | |`);
