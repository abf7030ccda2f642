import type { Blockquote, Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { RoleData } from '../schemas/role';
import { withArticle } from './articles';
import { payFacts, payScope, type PayAndOutlook } from './pay';

/**
 * The role as a document, independent of format: the Markdown and plain-text downloads and the
 * JSON API's templates (which a customized download fills in) are written from it, so they carry
 * the same sections. The page's Copy buttons copy the page itself (src/client/clipboard.ts).
 */
export interface RoleDocumentInput {
	data: Pick<
		RoleData,
		| 'title'
		| 'summary'
		| 'alternateTitles'
		| 'duties'
		| 'requirements'
		| 'skills'
		| 'education'
		| 'interviewQuestions'
		| 'faqs'
		| 'workEnvironment'
		| 'howToBecome'
	>;
	/** Who the role reports to, as shown (a role's title, or the text the author wrote). */
	reportsTo?: string | undefined;
	/** The overview in Markdown (the MDX body of a role holds plain Markdown). */
	body: string;
	/** Absolute URL of the role page, cited at the end of the exports. */
	url: string;
	/** Official US pay and outlook for the role's occupation, when published. */
	pay?: PayAndOutlook | undefined;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const list = (items: string[]): List => ({
	type: 'list',
	ordered: false,
	spread: false,
	children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(text(item))] })),
});

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const markdownWriter = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/** The overview's Markdown nodes; its own headings are already level 3, under the section's level 2. */
const overviewNodes = (body: string): RootContent[] => (markdownParser.parse(body) as Root).children;

/** The job description proper: what a recruiter pastes into a job post. */
export function descriptionTree(role: RoleDocumentInput): Root {
	const { title, summary, duties, requirements, skills, education } = role.data;
	return {
		type: 'root',
		children: [
			heading(1, `${title} Job Description`),
			paragraph(text(summary)),
			heading(2, `What does ${withArticle(title)} do?`),
			...overviewNodes(role.body),
			heading(2, `${title} duties and responsibilities`),
			list(duties),
			heading(2, `${title} requirements, skills and qualifications`),
			list(requirements),
			heading(3, 'Skills'),
			list(skills),
			heading(3, 'Education'),
			paragraph(text(education)),
			...workingConditions(role),
		],
	};
}

/** Reports to and work environment: part of the job description a recruiter pastes. */
function workingConditions(role: RoleDocumentInput): RootContent[] {
	const { workEnvironment } = role.data;
	const nodes: RootContent[] = [];
	if (role.reportsTo) nodes.push(heading(3, 'Reports to'), paragraph(text(role.reportsTo)));
	if (workEnvironment) {
		nodes.push(
			heading(3, 'Work environment'),
			paragraph(strong('Setting:'), text(` ${workEnvironment.setting}`)),
			paragraph(strong('Schedule:'), text(` ${workEnvironment.schedule}`)),
		);
		if (workEnvironment.physicalDemands.length > 0)
			nodes.push(paragraph(strong('Physical demands:')), list(workEnvironment.physicalDemands));
	}
	return nodes;
}

/** The ordered steps into the role, with their heading. */
function howToBecomeNodes(role: RoleDocumentInput): RootContent[] {
	const steps = role.data.howToBecome;
	if (!steps || steps.length === 0) return [];
	return [heading(2, `How to become ${withArticle(role.data.title)}`), { ...list(steps), ordered: true, start: 1 }];
}

/** The whole role: the description plus interview questions, FAQs and the source link. */
export function roleTree(role: RoleDocumentInput): Root {
	const { title, alternateTitles, interviewQuestions, faqs } = role.data;
	const tree = descriptionTree(role);
	const [h1, summary, ...rest] = tree.children;
	const alsoKnownAs: Paragraph[] =
		alternateTitles.length > 0 ? [paragraph(strong('Also known as:'), text(` ${alternateTitles.join(', ')}`))] : [];
	const questions: RootContent[] = [heading(2, `Interview questions for ${withArticle(title)}`)];
	interviewQuestions.forEach(({ question, lookFor }, index) => {
		questions.push(heading(3, `${index + 1}. ${question}`));
		const guide: Blockquote = {
			type: 'blockquote',
			children: [paragraph(strong('What a good answer shows:'), text(` ${lookFor}`))],
		};
		questions.push(guide);
	});
	const payNodes: RootContent[] = [];
	if (role.pay) {
		const { facts, sources } = payFacts(role.pay);
		payNodes.push(
			heading(2, `${title} pay and outlook`),
			paragraph(text(payScope(title, role.pay).join(' '))),
			{
				type: 'list',
				ordered: false,
				spread: false,
				children: facts.map(([label, value]) => ({
					type: 'listItem',
					spread: false,
					children: [paragraph(strong(`${label}:`), text(` ${value}`))],
				})),
			},
			paragraph(text(`Sources: ${sources.join('; ')}.`)),
		);
	}
	const faqNodes: RootContent[] =
		faqs.length > 0
			? [
					heading(2, 'Frequently asked questions'),
					...faqs.flatMap(({ question, answer }) => [heading(3, question), paragraph(text(answer))]),
				]
			: [];
	return {
		type: 'root',
		children: [
			h1!,
			summary!,
			...alsoKnownAs,
			...rest,
			...howToBecomeNodes(role),
			...payNodes,
			...questions,
			...faqNodes,
			{ type: 'thematicBreak' },
			paragraph(text('Source: '), { type: 'link', url: role.url, children: [text(role.url)] }),
		],
	};
}

/** GitHub-flavoured Markdown. Placeholders stay as {company}, {location}, {years}. */
export function toMarkdown(tree: Root): string {
	// remark-stringify escapes characters that would otherwise start Markdown syntax. Braces are
	// safe in Markdown, so the placeholders lose their escapes; so does "&" wherever it cannot
	// start a character reference ("R&D", "P&L"), which keeps the text clean to paste.
	return markdownWriter
		.stringify(tree)
		.replace(/\\([{}[\]])/g, '$1')
		.replace(/\\&(?![a-z0-9]+;|#x?[0-9a-f]+;)/gi, '&');
}

/** Plain text for job boards: headings in capitals, lists with bullet characters. */
export function toPlainText(tree: Root): string {
	const blocks: string[] = [];
	const walk = (nodes: RootContent[], indent = '') => {
		for (const node of nodes) {
			if (node.type === 'heading') blocks.push(node.depth <= 2 ? toString(node).toUpperCase() : toString(node));
			else if (node.type === 'list')
				blocks.push(node.children.map((item) => `${indent}• ${toString(item)}`).join('\n'));
			else if (node.type === 'blockquote') walk(node.children, indent);
			else if (node.type === 'thematicBreak') blocks.push('—');
			else blocks.push(toString(node));
		}
	};
	walk(tree.children);
	return `${blocks.join('\n\n')}\n`;
}

export const roleToMarkdown = (role: RoleDocumentInput) => toMarkdown(roleTree(role));
export const roleToPlainText = (role: RoleDocumentInput) => toPlainText(roleTree(role));

/**
 * Changes whenever the code that writes the exports changes, so cached exports made by older
 * code are never reused. The version is for changes the sources below do not show (helpers,
 * dependency upgrades).
 */
const EXPORT_VERSION = 4;
export const exportCodeVersion = [
	EXPORT_VERSION,
	descriptionTree,
	roleTree,
	toMarkdown,
	toPlainText,
	list,
	heading,
	workingConditions,
	howToBecomeNodes,
	payFacts,
	payScope,
]
	.map(String)
	.join('\n');
