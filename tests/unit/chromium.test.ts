import { describe, expect, it } from 'vitest';
import { installAdvice, resolveChromium } from '../../scripts/chromium.mjs';

/** A machine with exactly these executable files. */
const machine = (files: string[], env: Record<string, string> = {}, playwright?: string) => ({
	env: { PATH: '/usr/local/bin:/usr/bin', ...env },
	isFile: (path: string) => files.includes(path),
	playwrightPath: () => playwright,
});

describe('resolveChromium', () => {
	it('uses CHROME_PATH first, even when Debian Chromium exists', () => {
		const found = resolveChromium(machine(['/opt/chrome', '/usr/bin/chromium'], { CHROME_PATH: '/opt/chrome' }));
		expect(found).toEqual({ path: '/opt/chrome', source: 'CHROME_PATH' });
	});

	it('treats a CHROME_PATH that does not exist as an error, not a reason to look elsewhere', () => {
		const found = resolveChromium(machine(['/usr/bin/chromium'], { CHROME_PATH: '/nonexistent' }));
		expect(found.path).toBeUndefined();
		expect(found).toMatchObject({ error: expect.stringContaining('/nonexistent') });
	});

	it('then finds chromium, then chromium-browser, on PATH', () => {
		expect(resolveChromium(machine(['/usr/bin/chromium', '/usr/bin/chromium-browser'])).path).toBe('/usr/bin/chromium');
		expect(resolveChromium(machine(['/usr/bin/chromium-browser', '/usr/bin/google-chrome'])).path).toBe(
			'/usr/bin/chromium-browser',
		);
	});

	it('then Google Chrome on Linux or macOS, then the browser Playwright installed', () => {
		const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
		expect(resolveChromium(machine([mac, '/pw/chrome'], {}, '/pw/chrome')).path).toBe(mac);
		expect(resolveChromium(machine(['/usr/bin/google-chrome-stable'])).path).toBe('/usr/bin/google-chrome-stable');
		expect(resolveChromium(machine(['/pw/chrome'], {}, '/pw/chrome'))).toEqual({
			path: '/pw/chrome',
			source: "Playwright's browser",
		});
	});

	it('ignores a Playwright path whose browser was never downloaded', () => {
		const found = resolveChromium(machine([], {}, '/pw/chrome'));
		expect(found.path).toBeUndefined();
		expect(found).toMatchObject({ error: 'No Chromium or Google Chrome was found for the browser tests.' });
	});
});

describe('installAdvice', () => {
	it('names apt-get on Debian, with sudo when not root', () => {
		expect(installAdvice({ platform: 'linux', isRoot: true, hasApt: true })).toContain(
			"Install Debian's Chromium with: apt-get install -y chromium",
		);
		expect(installAdvice({ platform: 'linux', isRoot: false, hasApt: true })).toContain(
			'sudo apt-get install -y chromium',
		);
	});

	it("names Playwright's installer elsewhere", () => {
		expect(installAdvice({ platform: 'darwin', isRoot: false, hasApt: false })).toContain(
			'npx playwright install chromium',
		);
		expect(installAdvice({ platform: 'linux', isRoot: false, hasApt: false })).toContain(
			'npx playwright install chromium',
		);
	});
});

describe('scripts/ensure-chromium.mjs (the first step of npm test)', () => {
	it('stops within seconds with one message when the browser it is told to use is missing', async () => {
		const { spawnSync } = await import('node:child_process');
		const started = Date.now();
		const run = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], {
			env: { ...process.env, CHROME_PATH: '/nonexistent' },
			encoding: 'utf8',
		});
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toEqual([
			'CHROME_PATH is set to /nonexistent, which is not an executable file.',
			expect.stringMatching(/^Install .* with: /),
		]);
	});
});
