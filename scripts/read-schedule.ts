/**
 * Reads schedule phrases, one per line on standard input, and prints one JSON line for each: what the import
 * (and the form's 「文章で入れる」) would write for it, so that a coordinator can try a phrase and tests or
 * benchmarks can score the parser from outside.
 *
 *   printf '第2金曜日、第4金曜日 17:00〜19:30\n月1回 土曜日\n' | npm run read-schedule --silent
 *   {"text":"第2金曜日、第4金曜日 17:00〜19:30","schedule":{"rules":[{"repeat":"毎月","weekdays":["金"],"weeks":[2,4],"start":"17:00","end":"19:30"}]},"verbatim":null,"understood":true}
 *   {"text":"月1回 土曜日","schedule":{"rules":[],"note":"月1回 土曜日"},"verbatim":"月1回 土曜日","understood":false,"draftReason":"…"}
 *
 * `schedule` is exactly the value written to an entry (src/lib/import/hours.ts, combineHours); `verbatim` is the
 * text kept as it was written (the schedule's note), or null; `understood` is true when the structure says
 * everything; `draftReason` is present when the import would make the entry a draft, and says why. Empty lines
 * are skipped. Nothing is read or written but standard input and output.
 */
import { createInterface } from 'node:readline';
import { combineHours } from '../src/lib/import/hours.ts';

export function readSchedule(text: string): Record<string, unknown> {
	const r = combineHours({ text });
	return {
		text,
		schedule: r.schedule ?? null,
		verbatim: r.note ?? null,
		understood: r.understood && !r.draftReason && !!r.schedule,
		...(r.draftReason ? { draftReason: r.draftReason } : {}),
	};
}

if (import.meta.main) {
	const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
	for await (const line of lines) {
		const text = line.replace(/^\uFEFF/, '');
		if (!text.trim()) continue;
		process.stdout.write(`${JSON.stringify(readSchedule(text))}\n`);
	}
}
