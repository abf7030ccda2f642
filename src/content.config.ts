import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { departmentSchema } from './schemas/department';
import { roleSchema } from './schemas/role';
import { contentDir } from './site.config';

/**
 * Field rules live in src/schemas/; rules that span entries (references resolve, titles are
 * unique) live in src/lib/library.ts, which every page loads through.
 */
export const collections = {
	roles: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${contentDir}/roles` }),
		schema: roleSchema,
	}),
	departments: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/departments` }),
		schema: departmentSchema,
	}),
};
