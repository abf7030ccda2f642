import { z } from 'astro/zod';

export const departmentSchema = z.strictObject({
	/** Display name, e.g. "Software Engineering". */
	name: z.string().trim().min(2, { error: 'name must not be empty' }),
	/** One paragraph on the kind of work this department's roles do. */
	description: z
		.string()
		.trim()
		.min(40, { error: 'description must be a paragraph of at least 40 characters' })
		.max(800, { error: 'description must be at most 800 characters' }),
});

export type DepartmentData = z.output<typeof departmentSchema>;
