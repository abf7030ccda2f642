import { readRole } from '../src/lib/content-files.ts';

const seed = () => readRole('content/roles/back-end-developer.mdx');

/** The seed role's frontmatter, as an author wrote it: the baseline every malformed case mutates. */
export const seedFrontmatter = (): Record<string, unknown> => seed().data;

/** The seed role's MDX body. */
export const seedBody = (): string => seed().body;
