// The two packages ship JavaScript without types; these are the parts the tests use.
declare module '@adobe/structured-data-validator' {
	export interface Issue {
		issueMessage: string;
		severity: 'ERROR' | 'WARNING';
		path: object[];
		fieldNames?: string[];
	}
	export default class Validator {
		constructor(schemaOrgJson?: object);
		validate(extracted: unknown): Promise<Issue[]>;
	}
}

declare module '@marbec/web-auto-extractor' {
	export default class WebAutoExtractor {
		constructor(options?: { addLocation?: boolean; embedSource?: string[] });
		parse(html: string): unknown;
	}
}
