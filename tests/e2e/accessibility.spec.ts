import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from './site';

for (const scheme of ['light', 'dark'] as const) {
	for (const [name, path] of Object.entries(pageTypes)) {
		test(`${name} page has no axe violations in ${scheme} mode`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			// Open every answer guide so their text is checked too.
			for (const details of await page.locator('details').all())
				await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary).toEqual([]);
		});
	}
}
