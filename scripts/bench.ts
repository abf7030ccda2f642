// Build benchmark: generates N valid roles from the real library (varied copies, every feature
// used), runs a clean `astro build`, and prints wall time, ms per role, peak memory, dist size,
// Pagefind index size and a role page's first-load weight.
// Usage: npm run bench -- --roles 1000 [--warm] [--from content]
// (--warm keeps the OG image cache of the previous run; the default is a cold cache)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readRoles, roleSource } from '../src/lib/content-files.ts';
import { folderBytes, pagefindIndexBytes } from './files.ts';

const { values } = parseArgs({
	options: {
		roles: { type: 'string', default: '150' },
		warm: { type: 'boolean', default: false },
		work: { type: 'string', default: join('node_modules', '.bench') },
		from: { type: 'string', default: 'content' },
	},
});
const count = Number(values.roles);
const work = values.work!;
const content = join(work, 'content');
const out = join(work, 'dist');
const cache = join(work, 'cache');

type Role = { slug: string; data: Record<string, unknown>; body: string };
const source = values.from!;
const real: Role[] = readRoles(source);

/** Copy k of a real role: its own slug and title; its links point at copy k of their targets. */
const suffix = (k: number) => (k === 0 ? '' : `-${k + 1}`);
function variant(role: Role, k: number): Role {
	const remap = (slugs: unknown) => (Array.isArray(slugs) ? slugs.map((slug) => `${slug}${suffix(k)}`) : slugs);
	const data = structuredClone(role.data);
	if (k > 0) {
		data['title'] = `${data['title']} (track ${k + 1})`;
		data['summary'] = `${String(data['summary']).slice(0, 140)} Track ${k + 1}.`;
		data['duties'] = (data['duties'] as string[]).map((duty, i) => (i === 0 ? `${duty} (track ${k + 1})` : duty));
	}
	data['related'] = remap(data['related']);
	const path = data['careerPath'] as { previous?: string[]; next?: string[] } | undefined;
	if (path) data['careerPath'] = { previous: remap(path.previous ?? []), next: remap(path.next ?? []) };
	return { slug: `${role.slug}${suffix(k)}`, data, body: role.body };
}

rmSync(content, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
if (!values.warm) rmSync(cache, { recursive: true, force: true });
mkdirSync(join(content, 'roles'), { recursive: true });
cpSync(join(source, 'departments'), join(content, 'departments'), { recursive: true });
// Whole generations only, so every copied link has a target; the last one is cut short by
// dropping links to roles that were not generated.
const generated: Role[] = [];
for (let i = 0; i < count; i++) generated.push(variant(real[i % real.length]!, Math.floor(i / real.length)));
const slugs = new Set(generated.map((role) => role.slug));
for (const role of generated) {
	const keep = (list: unknown) => (list as string[]).filter((slug) => slugs.has(slug));
	role.data['related'] = keep(role.data['related']);
	if ((role.data['related'] as string[]).length < 2)
		role.data['related'] = [...slugs].filter((s) => s !== role.slug).slice(0, 2);
	const path = role.data['careerPath'] as { previous: string[]; next: string[] } | undefined;
	if (path) role.data['careerPath'] = { previous: keep(path.previous), next: keep(path.next) };
	writeFileSync(join(content, 'roles', `${role.slug}.mdx`), roleSource(role.data, role.body));
}

const started = performance.now();
const build = spawnSync('/usr/bin/time', ['-f', '%M', 'astro', 'build'], {
	env: {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		ROLEBOOK_CONTENT_DIR: content,
		ROLEBOOK_OUT_DIR: out,
		ROLEBOOK_CACHE_DIR: cache,
	},
	encoding: 'utf8',
	maxBuffer: 512 * 1024 * 1024,
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
	console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
	process.exit(1);
}
const peakMb = Number(build.stderr.trim().split('\n').pop()) / 1024;

const index = pagefindIndexBytes(out);
const sample = generated[0]!.slug;
const html = readFileSync(join(out, 'roles', sample, 'index.html'));
const scripts = [...html.toString().matchAll(/<script type="module" src="([^"]+)"/g)].map((m) =>
	readFileSync(join(out, m[1]!)),
);
const pageWeight = [html, ...scripts].reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(
	`Machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
	`| roles | OG cache | build (s) | ms/role | peak RSS (MB) | dist (MB) | Pagefind index (MB) | role page first load (KB gz) |`,
);
console.log(
	`| ${count} | ${values.warm ? 'warm' : 'cold'} | ${seconds.toFixed(1)} | ${((seconds * 1000) / count).toFixed(1)} | ${peakMb.toFixed(0)} | ${mb(folderBytes(out))} | ${mb(index)} | ${(pageWeight / 1024).toFixed(1)} |`,
);
