/**
 * Every page's structured data through a schema.org validator: types and property names against
 * the schema.org vocabulary, and Google's rules for the types it has them for (breadcrumbs).
 */
import { readFileSync } from 'node:fs';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { expect, test } from '@playwright/test';
import { schemaOrgVocabulary } from '../schema-org-vocabulary';
import { builtPages } from './site';

const vocabulary = schemaOrgVocabulary();

test('the vocabulary is schema.org’s: CategoryCode has inCodeSet, only MedicalCode has codingSystem', () => {
	const graph = vocabulary['@graph'] as { '@id': string; 'schema:domainIncludes'?: { '@id': string }[] }[];
	const domains = (property: string) =>
		graph.find((entry) => entry['@id'] === `schema:${property}`)?.['schema:domainIncludes']?.map((d) => d['@id']);
	expect(domains('inCodeSet')).toContain('schema:CategoryCode');
	expect(domains('codingSystem')).toEqual(['schema:MedicalCode']);
	expect(graph.length).toBeGreaterThan(2000);
});

test('every page’s structured data validates against schema.org and Google’s rules', async () => {
	test.setTimeout(120_000);
	const extractor = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] });
	const validator = new Validator(vocabulary);
	const problems: string[] = [];
	for (const { file, path } of builtPages()) {
		const issues = await validator.validate(extractor.parse(readFileSync(file, 'utf8')));
		for (const issue of issues) problems.push(`${path}: ${issue.severity} ${issue.issueMessage}`);
	}
	expect(problems).toEqual([]);
});
