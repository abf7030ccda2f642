import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, requireChromium } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their browser tests at once without sharing a server.
const port = Number(process.env['E2E_PORT'] ?? 4322);

/**
 * End-to-end tests against the built site (run `npm run build` first), served by scripts/serve.mjs
 * on 127.0.0.1 and driven in Debian's Chromium: Playwright's own browser download does not work
 * on machines without internet, so an installed browser is used (scripts/chromium.mjs finds it;
 * `npm test` runs scripts/ensure-chromium.mjs first, which installs or explains what to install).
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: requireChromium(),
			args: CHROMIUM_FLAGS,
		},
	},
	webServer: {
		command: `node scripts/serve.mjs --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
