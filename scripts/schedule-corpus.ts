/**
 * Measures the schedule-text parser (src/lib/schedule/parse-text.ts) on the labelled corpus of real published
 * strings in tests/fixtures/schedule-corpus/corpus.json (its README.md defines the labels).
 *
 *   node scripts/schedule-corpus.ts              both parts' figures (right, wrong, invented) and every failure of the tuned part
 *   node scripts/schedule-corpus.ts --quiet      the figures only
 *   node scripts/schedule-corpus.ts --heldout    also every failure of the held-out part (look only at the end of a round)
 *
 * The corpus has two parts: corpus.json, which the parser is tuned against, and heldout.json, labelled before
 * the parser was changed and never used while changing it. Both are scored the same way.
 *
 * Besides right, two failures are counted on their own because they publish a wrong day: "wrong", a rule the
 * label does not have where the label has rules (毎週金 for 第2・第4金), and "invented", a rule where the label
 * has none (毎週土 for 「月1回 土曜日」, 毎月第2土 for 「偶数月 第1土曜日」).
 *
 * What "correct" means. Entries marked `ambiguous` are left out. For every other entry the label is first
 * mapped to what the project's schedule model can hold:
 *   - closed.dates without a year (MM-DD) → closed.annual; with a year → closed.dates;
 *     closed.weekdays_ordinal → closed.nth; holiday_shift next-weekday → 翌平日, next-day → 翌日;
 *   - closed.new_year with explicit dates: new_year only when the dates are exactly 12/29–1/3, otherwise the
 *     dates are annual days and there is no new_year (the model's new_year is exactly 12/29–1/3); likewise
 *     obon with explicit August dates (the model's obon is 8/13–16).
 * A label part the model cannot represent — a rule with `months` or for holidays (the rule is kept without
 * `holidays` when it also has days), a rule the schema rejects (the `partial` rules with no weekdays or with an
 * end and no start, 隔週 with no `from`, times past 23:59), `special_hours`, `on`, `time`, `from`/`until` without a year,
 * `alternate_weekdays`, `month_end`, `rokuyo`, closed `hours` or `days`, a `weekdays_ordinal` with `months`,
 * the `also-next-day` and `open` shifts, a shift with no weekly closing day — must not be invented as
 * structure: the entry is correct when the parser's structure equals the representable rest of the label
 * exactly and `leftover` is not empty (the part is kept verbatim there).
 * Then an entry is correct when:
 *   - `schedule` equals the representable label exactly (rules compared as a set, every array as a set;
 *     a missing schedule equals `rules: []` with nothing else);
 *   - `leftover` is non-empty exactly when the label has `note`, `unparseable` or an unrepresentable part
 *     (so a parse that understood everything leaves nothing over, and one that dropped something says so);
 *   - every leftover piece is a verbatim substring of the text;
 *   - the schedule passes the project's schema (with a note added when it has no rules).
 * `unparseable` labels are correct when there is no structure (no rules, closures or period) and leftover is
 * not empty. A parse that produces structure the label does not have is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScheduleText, type ParsedScheduleText } from '../src/lib/schedule/parse-text.ts';
import { schedule as scheduleSchema } from '../src/schemas/schedule.ts';

export interface CorpusEntry {
	text: string;
	kind: string;
	source: Record<string, unknown>;
	expected: Record<string, any>;
}

const CORPUS_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'schedule-corpus');
export const CORPUS_PATH = join(CORPUS_DIR, 'corpus.json');
export const HELDOUT_PATH = join(CORPUS_DIR, 'heldout.json');

export function loadCorpus(path = CORPUS_PATH): CorpusEntry[] {
	return JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[];
}

type Structure = { rules: Record<string, unknown>[]; closed: Record<string, unknown>; from?: string; until?: string };

const WEEK_ORDER = ['月', '火', '水', '木', '金', '土', '日'];
const NEW_YEAR = ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'];
const OBON = ['08-13', '08-14', '08-15', '08-16'];
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OK = (t: unknown) => t === undefined || (typeof t === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(t));

/** The label in the model's terms, and whether some part of it could not be represented. */
export function representable(expected: Record<string, any>): { structure: Structure; lossy: string[] } {
	const lossy: string[] = [];
	const structure: Structure = { rules: [], closed: {} };
	if (expected['unparseable']) return { structure, lossy: ['unparseable'] };
	const hasFrom = typeof expected['from'] === 'string' && FULL_DATE.test(expected['from']);
	for (const r of (expected['rules'] ?? []) as Record<string, any>[]) {
		if (r['months']) {
			lossy.push('rule months');
			continue;
		}
		const rule: Record<string, any> = { ...r };
		if (rule['holidays']) {
			lossy.push('rule holidays');
			delete rule['holidays'];
		}
		const needsWeekdays = rule['repeat'] !== '毎月';
		const valid =
			(needsWeekdays ? rule['weekdays']?.length : rule['days']?.length || (rule['weeks']?.length && rule['weekdays']?.length)) &&
			TIME_OK(rule['start']) &&
			TIME_OK(rule['end']) &&
			!(rule['end'] && !rule['start']) &&
			!(rule['start'] && rule['end'] && rule['end'] <= rule['start']) &&
			!(rule['repeat'] === '隔週' && !hasFrom);
		if (!valid) {
			lossy.push('rule outside the schema');
			continue;
		}
		structure.rules.push(rule);
	}
	const c = (expected['closed'] ?? {}) as Record<string, any>;
	const out: Record<string, any> = {};
	if (c['weekdays']?.length) out['weekdays'] = [...c['weekdays']];
	if (c['holidays']) out['holidays'] = true;
	if (c['months']?.length) out['months'] = [...c['months']];
	for (const o of (c['weekdays_ordinal'] ?? []) as Record<string, any>[]) {
		if (o['months']) {
			lossy.push('weekdays_ordinal months');
			continue;
		}
		(out['nth'] ??= []).push({ weeks: o['weeks'], weekdays: o['weekdays'] });
	}
	let dates: string[] = [...(c['dates'] ?? [])];
	const short = dates.filter((d) => d.length === 5);
	if (c['new_year']) {
		const run = decemberRun(short);
		if (!run.length || sameSet(run, NEW_YEAR)) {
			out['new_year'] = true;
			dates = dates.filter((d) => !run.includes(d));
		}
	}
	if (c['obon']) {
		const august = short.filter((d) => d.startsWith('08-'));
		if (!august.length || sameSet(august, OBON)) {
			out['obon'] = true;
			dates = dates.filter((d) => !august.includes(d));
		}
	}
	const annual = dates.filter((d) => d.length === 5);
	const full = dates.filter((d) => FULL_DATE.test(d));
	if (annual.length) out['annual'] = annual;
	if (full.length) out['dates'] = full;
	for (const key of ['days', 'month_end', 'rokuyo', 'hours', 'alternate_weekdays']) if (c[key]) lossy.push(`closed ${key}`);
	if (c['holiday_shift']) {
		const shift = { 'next-weekday': '翌平日', 'next-day': '翌日' }[c['holiday_shift'] as string];
		if (shift && out['weekdays']?.length) out['holiday_shift'] = shift;
		else lossy.push(`holiday_shift ${c['holiday_shift']}`);
	}
	structure.closed = out;
	for (const key of ['on', 'time', 'special_hours']) if (expected[key]) lossy.push(key);
	for (const key of ['from', 'until'] as const) {
		const v = expected[key];
		if (typeof v !== 'string') continue;
		if (FULL_DATE.test(v)) structure[key] = v;
		else lossy.push(`${key} without a year`);
	}
	return { structure, lossy };
}

/** The December-to-January run among MM-DD dates (12-29 … 01-03), or []. */
function decemberRun(dates: string[]): string[] {
	const dec = dates.filter((d) => d.startsWith('12-'));
	const jan = dates.filter((d) => d.startsWith('01-'));
	return dec.length && jan.length ? [...dec, ...jan] : [];
}

const sameSet = (a: readonly unknown[], b: readonly unknown[]) => {
	const x = a.map((v) => JSON.stringify(v)).sort();
	const y = b.map((v) => JSON.stringify(v)).sort();
	return x.length === y.length && x.every((v, i) => v === y[i]);
};

/** 第2水曜・第4水曜 as one rule or two: 毎月 rules of the same weekdays and times join their weeks. */
function mergeWeeks(rules: Record<string, any>[]): Record<string, any>[] {
	const out: Record<string, any>[] = [];
	for (const r of rules) {
		const key = (x: Record<string, any>) =>
			JSON.stringify([x['repeat'], [...(x['weekdays'] ?? [])].sort(), x['start'] ?? null, x['end'] ?? null, x['months'] ?? null]);
		const twin = r['repeat'] === '毎月' && r['weeks'] ? out.find((o) => o['weeks'] && key(o) === key(r)) : undefined;
		if (twin)
			twin['weeks'] = [...new Set([...twin['weeks'], ...r['weeks']])].sort((a, b) => (a === '最終' ? 6 : a) - (b === '最終' ? 6 : b));
		else out.push({ ...r });
	}
	return out;
}

/** Arrays as sorted sets, rules as a sorted set, empty parts dropped: two structures that mean the same compare equal. */
export function canonical(value: unknown): string {
	const s = value as Partial<Structure> | undefined;
	const sortDays = (d: string[]) => [...new Set(d)].sort((a, b) => WEEK_ORDER.indexOf(a) - WEEK_ORDER.indexOf(b));
	const sortAny = (v: unknown[]) => [...new Set(v.map((x) => JSON.stringify(x)))].sort().map((x) => JSON.parse(x) as unknown);
	const rule = (r: Record<string, any>) => {
		const o: Record<string, unknown> = { repeat: r['repeat'] };
		if (r['weekdays']) o['weekdays'] = sortDays(r['weekdays']);
		if (r['weeks']) o['weeks'] = sortAny(r['weeks']);
		if (r['days']) o['days'] = sortAny(r['days']);
		if (r['start']) o['start'] = r['start'];
		if (r['end']) o['end'] = r['end'];
		return JSON.stringify(o);
	};
	const rules = [...new Set(mergeWeeks(s?.rules ?? []).map(rule))].sort();
	const c = (s?.closed ?? {}) as Record<string, any>;
	const closed: Record<string, unknown> = {};
	for (const key of Object.keys(c).sort()) {
		const v = c[key];
		if (v === undefined || v === false || (Array.isArray(v) && !v.length)) continue;
		if (key === 'weekdays') closed[key] = sortDays(v);
		else if (key === 'nth')
			closed[key] = sortAny((v as Record<string, any>[]).map((n) => ({ weeks: sortAny(n['weeks']), weekdays: sortDays(n['weekdays']) })));
		else closed[key] = Array.isArray(v) ? sortAny(v) : v;
	}
	return JSON.stringify({ rules, closed, from: s?.from ?? null, until: s?.until ?? null });
}

export interface Verdict {
	ok: boolean;
	/** The parser wrote a rule the label does not have, where the label has rules. */
	wrong?: boolean;
	/** The parser wrote a rule where the label has none. */
	invented?: boolean;
	reason?: string;
	expected: string;
	got: string;
	lossy: string[];
}

export function judge(entry: CorpusEntry, parsed: ParsedScheduleText): Verdict {
	const { structure, lossy } = representable(entry.expected);
	const expected = canonical(structure);
	const got = canonical(parsed.schedule);
	const labelRules = (JSON.parse(expected) as { rules: string[] }).rules;
	const gotRules = (JSON.parse(got) as { rules: string[] }).rules;
	const sameRules = labelRules.length === gotRules.length && labelRules.every((r, i) => r === gotRules[i]);
	const invented = gotRules.length > 0 && labelRules.length === 0;
	const wrong = gotRules.length > 0 && labelRules.length > 0 && !sameRules;
	const verdict = (ok: boolean, reason?: string): Verdict => ({
		ok,
		...(reason ? { reason } : {}),
		...(wrong ? { wrong } : {}),
		...(invented ? { invented } : {}),
		expected,
		got,
		lossy,
	});
	if (parsed.leftover.some((l) => !entry.text.includes(l))) return verdict(false, 'a leftover piece is not verbatim text');
	if (parsed.schedule) {
		const withNote = parsed.schedule.rules.length ? parsed.schedule : { ...parsed.schedule, note: '補足' };
		const check = scheduleSchema.safeParse(withNote);
		if (!check.success) return verdict(false, `schema: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	}
	if (expected !== got) return verdict(false, 'structure differs');
	const needLeftover = !!entry.expected['note'] || lossy.length > 0;
	if (needLeftover && !parsed.leftover.length)
		return verdict(false, `leftover expected (${[entry.expected['note'] ? 'note' : '', ...lossy].filter(Boolean).join(', ')})`);
	if (!needLeftover && parsed.leftover.length) return verdict(false, 'leftover where the label understood everything');
	return verdict(true);
}

export interface Score {
	correct: number;
	wrong: number;
	invented: number;
	total: number;
	byKind: Record<string, { correct: number; total: number }>;
	failures: { entry: CorpusEntry; verdict: Verdict; parsed: ParsedScheduleText }[];
	ms: number;
}

export function scoreCorpus(parse: (text: string) => ParsedScheduleText = parseScheduleText, corpus = loadCorpus()): Score {
	const scored = corpus.filter((e) => !e.expected['ambiguous']);
	const score: Score = { correct: 0, wrong: 0, invented: 0, total: scored.length, byKind: {}, failures: [], ms: 0 };
	const t0 = performance.now();
	const results = scored.map((entry) => ({ entry, parsed: parse(entry.text) }));
	score.ms = performance.now() - t0;
	for (const { entry, parsed } of results) {
		const verdict = judge(entry, parsed);
		if (verdict.wrong) score.wrong++;
		if (verdict.invented) score.invented++;
		const k = (score.byKind[entry.kind] ??= { correct: 0, total: 0 });
		k.total++;
		if (verdict.ok) {
			k.correct++;
			score.correct++;
		} else score.failures.push({ entry, verdict, parsed });
	}
	return score;
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;

function printFailures(score: Score): void {
	for (const f of score.failures) {
		const mark = f.verdict.invented ? ' INVENTED' : f.verdict.wrong ? ' WRONG' : '';
		console.log(`✗${mark} [${f.entry.kind}] ${JSON.stringify(f.entry.text)}`);
		console.log(`    why:      ${f.verdict.reason}`);
		console.log(
			`    expected: ${f.verdict.expected}${f.verdict.lossy.length ? `  (+ leftover: ${f.verdict.lossy.join(', ')})` : ''}${f.entry.expected['note'] ? '  (+ note)' : ''}`,
		);
		console.log(`    got:      ${f.verdict.got}`);
		console.log(`    leftover: ${JSON.stringify(f.parsed.leftover)}`);
	}
	console.log('');
}

function printFigures(name: string, score: Score): void {
	console.log(
		`${name}: right ${score.correct}/${score.total} (${pct(score.correct, score.total)}), wrong ${score.wrong}, invented ${score.invented} (entries not marked ambiguous; parsed in ${score.ms.toFixed(0)} ms)`,
	);
	for (const [kind, k] of Object.entries(score.byKind).sort())
		console.log(`  ${kind.padEnd(14)} ${String(k.correct).padStart(3)}/${String(k.total).padEnd(3)} ${pct(k.correct, k.total)}`);
}

if (import.meta.main) {
	const quiet = process.argv.includes('--quiet');
	const tuned = scoreCorpus();
	if (!quiet) printFailures(tuned);
	const heldout = process.argv.includes('--tuned-only') ? undefined : scoreCorpus(parseScheduleText, loadCorpus(HELDOUT_PATH));
	if (heldout && !quiet && process.argv.includes('--heldout')) printFailures(heldout);
	printFigures(`tuned (${CORPUS_PATH.split('/').pop()})`, tuned);
	if (heldout) printFigures(`held out (${HELDOUT_PATH.split('/').pop()})`, heldout);
}
