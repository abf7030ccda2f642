// Finds the Chromium that Playwright, Lighthouse and the screenshot script drive. Playwright's
// own browser download does not work on machines without internet, so an installed browser is
// used: CHROME_PATH, else Debian/Ubuntu's chromium, else Google Chrome, else a browser that
// Playwright installed earlier. One resolver, so every tool finds the same browser.
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** Flags Chromium needs on machines without internet or a GPU. */
export const CHROMIUM_FLAGS = [
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const GOOGLE_CHROME = [
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/opt/google/chrome/chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * The browser to use, in order: CHROME_PATH (an error if it does not exist), `chromium` or
 * `chromium-browser` on PATH (Debian, Ubuntu), Google Chrome at its usual Linux and macOS
 * paths, then Playwright's own browser when one was installed. Pure apart from what `system`
 * reports, so tests can feed it any machine.
 * @param {{ env?: Record<string, string | undefined>, isFile?: (path: string) => boolean, playwrightPath?: () => string | undefined }} [system]
 * @returns {{ path: string, source: string } | { path: undefined, error: string }}
 */
export function resolveChromium(system = {}) {
	const env = system.env ?? process.env;
	const isFile = system.isFile ?? isExecutable;
	if (env['CHROME_PATH']) {
		return isFile(env['CHROME_PATH'])
			? { path: env['CHROME_PATH'], source: 'CHROME_PATH' }
			: { path: undefined, error: `CHROME_PATH is set to ${env['CHROME_PATH']}, which is not an executable file.` };
	}
	const onPath = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
	for (const name of ['chromium', 'chromium-browser']) {
		for (const dir of onPath) {
			if (isFile(join(dir, name))) return { path: join(dir, name), source: name };
		}
	}
	for (const path of GOOGLE_CHROME) if (isFile(path)) return { path, source: 'Google Chrome' };
	const playwright = (system.playwrightPath ?? playwrightBrowser)();
	if (playwright && isFile(playwright)) return { path: playwright, source: "Playwright's browser" };
	return { path: undefined, error: 'No Chromium or Google Chrome was found for the browser tests.' };
}

/**
 * The one message printed when no browser is found: what to run on this machine.
 * @param {{ platform: string, isRoot: boolean, hasApt: boolean }} machine
 */
export function installAdvice({ platform, isRoot, hasApt }) {
	if (platform === 'linux' && hasApt)
		return `Install Debian's Chromium with: ${isRoot ? '' : 'sudo '}apt-get install -y chromium   (or set CHROME_PATH to a Chromium or Chrome binary)`;
	return 'Install a browser with: npx playwright install chromium   (or set CHROME_PATH to a Chromium or Chrome binary)';
}

/** Where `npx playwright install chromium` puts its browser, if Playwright is installed. */
function playwrightBrowser() {
	try {
		return createRequire(import.meta.url)('playwright-core').chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** @param {string} path */
function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return existsSync(path);
	} catch {
		return false;
	}
}

/** The browser's path, or a clear error naming what to install. */
export function requireChromium() {
	const found = resolveChromium();
	if (found.path) return found.path;
	const advice = installAdvice({
		platform: process.platform,
		isRoot: process.getuid?.() === 0,
		hasApt: resolveOnPath('apt-get') !== undefined,
	});
	throw new Error(`${found.error}\n${advice}`);
}

/** @param {string} name */
export function resolveOnPath(name) {
	for (const dir of (process.env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
		if (isExecutable(join(dir, name))) return join(dir, name);
	}
	return undefined;
}
