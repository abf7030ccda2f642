// First step of `npm test`: make sure a browser exists before anything else runs, so a machine
// without one gets one clear message in seconds instead of dozens of failing browser tests.
// As root on Debian/Ubuntu (CI, a fresh container) it installs Debian's Chromium itself.
import { spawnSync } from 'node:child_process';
import { installAdvice, resolveChromium, resolveOnPath } from './chromium.mjs';

let found = resolveChromium();
const isRoot = process.getuid?.() === 0;
const hasApt = resolveOnPath('apt-get') !== undefined;

if (!found.path && !process.env['CHROME_PATH'] && process.platform === 'linux' && isRoot && hasApt) {
	console.log("No browser found for the tests: installing Debian's Chromium with apt-get (about a minute)…");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
	if (run(['update', '-qq']) && run(['install', '-y', '-qq', 'chromium'])) found = resolveChromium();
}

if (!found.path) {
	console.error(`${found.error}\n${installAdvice({ platform: process.platform, isRoot, hasApt })}`);
	process.exit(1);
}
console.log(`Browser for the tests: ${found.path} (${found.source})`);
