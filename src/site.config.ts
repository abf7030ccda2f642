/** Site-wide settings. The public origin comes from SITE_URL so forks and previews can set their own. */
export const siteUrl = (process.env.SITE_URL ?? 'https://rolebook.example.org').replace(/\/+$/, '');

/** Where the built site goes; fault tests and the benchmark build beside the real site. */
export const outDir = process.env.ROLEBOOK_OUT_DIR ?? './dist';

/** Where roles and departments are read from; tests and the benchmark point it elsewhere. */
export const contentDir = process.env.ROLEBOOK_CONTENT_DIR ?? './content';

/** Where the official occupation data is read from (data/README.md); fixture tests point it elsewhere. */
export const dataDir = process.env.ROLEBOOK_DATA_DIR ?? './data';

export const site = {
	name: 'Rolebook',
	tagline: 'Open job descriptions for every role',
	description:
		'An open library of clear, inclusive job descriptions with duties, requirements, skills and interview questions.',
	repository: 'https://github.com/rolebook/rolebook',
	/** US English: the spelling of the site and its data (BLS, O*NET), checked by cspell. */
	lang: 'en-US',
} as const;

/** Link to edit a role's source file on the repository host. */
export const editUrl = (slug: string) => `${site.repository}/edit/main/content/roles/${slug}.mdx`;
