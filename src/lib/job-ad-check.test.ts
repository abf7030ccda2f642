import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inclusiveLanguage } from '../lint/inclusive-language';
import {
	checkAd,
	genderCoding,
	mustHaves,
	payStated,
	readability,
	requirementFindings,
	yearsAsked,
	type RoleContext,
} from './job-ad-check';

const problems = readFileSync('tests/job-ads/problems.txt', 'utf8');

describe('the job-ad checker on an ad with known problems', () => {
	it('finds exactly the inclusive-language problems, each in place', () => {
		const findings = inclusiveLanguage(problems);
		expect(findings.map((f) => `${f.rule}: ${f.phrase}`)).toEqual([
			'culture-cliche: Rockstar',
			'age-coded: young',
			'masculine-coded: aggressive',
			'he-she: He',
			'chairman-chairwoman: chairman',
			'native-speaker: Native English speaker',
		]);
		for (const finding of findings) {
			expect(problems.slice(finding.start, finding.end)).toBe(finding.phrase);
			expect(finding.why.length).toBeGreaterThan(10);
			expect(finding.suggestion.length).toBeGreaterThan(3);
		}
	});

	it('finds exactly the requirement and pay problems', () => {
		const report = checkAd(problems);
		expect(report.requirements.map((f) => f.message)).toEqual([
			'11 must-have requirements (more than 10).',
			'“5+ years of sales experience” in an entry-level job.',
		]);
		expect(report.payFindings.map((f) => f.message)).toEqual(['The pay is open-ended (“$40k+”).']);
	});

	it('shows the gender-coded words on each side', () => {
		expect(genderCoding(problems)).toEqual({
			masculine: [{ word: 'aggressive', count: 1 }],
			feminine: [],
			balance: 'masculine',
		});
	});
});

describe('requirements', () => {
	it('counts the bullets under requirement headings, not under "nice to have"', () => {
		expect(mustHaves('What you need\n- A\n- B\nNice to have:\n- C\nAbout the team\n- D')).toEqual(['A', 'B']);
	});

	it('reads the years each mention asks for', () => {
		expect(
			yearsAsked('3-5 years of experience, two years’ retail experience, 10+ years experience').map((y) => y.years),
		).toEqual([3, 2, 10]);
	});

	const role: RoleContext = {
		title: 'Cashier',
		level: 'entry',
		education: 'No formal degree required; a high school diploma is common.',
		experienceYears: 0,
		payAndOutlook: {
			entry: {
				education: 'No formal educational credential',
				citation: { text: 'BLS Employment Projections', url: 'https://www.bls.gov/emp/' },
			},
		},
	};

	it('questions a degree the role rarely needs, citing the typical education', () => {
		const [finding] = requirementFindings("- Bachelor's degree required", role);
		expect(finding?.message).toContain('typically need: no formal educational credential');
		expect(finding?.source?.url).toBe('https://www.bls.gov/emp/');
	});

	it('uses the role’s level when the ad does not name one', () => {
		expect(requirementFindings('Needs 4 years of experience.', role).map((f) => f.message)).toEqual([
			'“4 years of experience” in an entry-level job.',
		]);
		expect(requirementFindings('Needs 4 years of experience.')).toEqual([]);
	});
});

describe('pay', () => {
	it.each([
		['No pay here.', { kind: 'missing' }],
		['Salary $85,000 - $110,000 a year', { kind: 'range', min: 85000, max: 110000, wide: false }],
		['£30k to £60k', { kind: 'range', min: 30000, max: 60000, wide: true }],
		['Up to $60,000', { kind: 'open-ended' }],
		['$50k+ DOE', { kind: 'open-ended' }],
		['$22.50 an hour', { kind: 'single' }],
	])('"%s"', (text, expected) => {
		expect(payStated(text)).toMatchObject(expected);
	});
});

describe('readability', () => {
	it('counts words, sentences (a line is one) and a grade level', () => {
		const result = readability('You will cook.\nClean the kitchen. Serve the guests!');
		expect(result).toMatchObject({ words: 9, sentences: 3, averageSentence: 3, readingMinutes: 1 });
		expect(result.grade).toBeLessThan(3);
	});

	it('rates long words and sentences at a higher grade', () => {
		const hard =
			'Candidates should demonstrate comprehensive understanding of organizational infrastructure, regulatory compliance obligations and interdepartmental communication methodologies.';
		expect(readability(hard).grade).toBeGreaterThan(15);
	});
});

describe('speed', () => {
	it('checks a 2,000-word ad, language rules included, in under a second', () => {
		const words = problems.split(/\s+/).filter(Boolean);
		const ad = Array.from({ length: 2000 }, (_, index) => words[index % words.length]).join(' ');
		inclusiveLanguage('warm up');
		const started = performance.now();
		checkAd(ad);
		inclusiveLanguage(ad);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
