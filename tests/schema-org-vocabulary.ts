import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The schema.org vocabulary in the JSON-LD shape @adobe/structured-data-validator reads (classes
 * with rdfs:subClassOf, properties with schema:domainIncludes), made from the typings schema-dts
 * generates from schema.org's own vocabulary file: the tests run offline, and the vocabulary moves
 * with the schema-dts version in package.json rather than with a copied file.
 */
export function schemaOrgVocabulary(): { '@graph': object[] } {
	const path = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts');
	return vocabularyFromTypings(readFileSync(path, 'utf8'));
}

export function vocabularyFromTypings(typings: string): { '@graph': object[] } {
	const classes = new Map<string, Set<string>>();
	const domains = new Map<string, Set<string>>();
	const addClass = (name: string, parents: string[]) => {
		const set = classes.get(name) ?? new Set<string>();
		parents.forEach((parent) => set.add(parent));
		classes.set(name, set);
	};
	const lines = typings.split('\n');
	for (let i = 0; i < lines.length; i++) {
		// interface CategoryCodeBase extends DefinedTermBase { "codeValue"?: …; "inCodeSet"?: … }
		const base = lines[i]!.match(/^interface (\w+)Base extends ([^{]+)\{/);
		if (base) {
			const parents = base[2]!
				.split(',')
				.map((type) => type.trim())
				.filter((type) => /^\w+Base$/.test(type))
				.map((type) => type.slice(0, -'Base'.length));
			addClass(base[1]!, parents);
			for (i++; i < lines.length && !lines[i]!.startsWith('}'); i++) {
				const property = lines[i]!.match(/^\s+"([\w-]+)"\??:/)?.[1];
				if (property && !property.startsWith('@'))
					domains.set(property, (domains.get(property) ?? new Set()).add(base[1]!));
			}
			continue;
		}
		// A class without properties of its own: export interface WebSiteLeaf extends CreativeWorkBase {
		const leaf = lines[i]!.match(/^export interface (\w+)Leaf extends (\w+)Base \{/);
		if (leaf) addClass(leaf[1]!, leaf[1] === leaf[2] ? [] : [leaf[2]!]);
	}
	const id = (name: string) => ({ '@id': `schema:${name}` });
	return {
		'@graph': [
			...[...classes].map(([name, parents]) => ({
				...id(name),
				'@type': 'rdfs:Class',
				...(parents.size > 0 ? { 'rdfs:subClassOf': [...parents].map(id) } : {}),
			})),
			...[...domains].map(([name, types]) => ({
				...id(name),
				'@type': 'rdf:Property',
				'schema:domainIncludes': [...types].map(id),
			})),
		],
	};
}
