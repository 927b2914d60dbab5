/**
 * The fixture town of the reconfirm and confirmed tests: a temporary copy of 川波町 (published under
 * /kawanami-guide/) with every entry's last_confirmed set here, so which entries are due on TODAY is written in
 * the test, not inherited from the fixture's dates.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOWNS } from '../../tests/towns.ts';

export const TODAY = '2027-09-01';

/** Due on TODAY with 11 months (confirmed before 2026-10-01). */
export const DUE: Record<string, string> = {
	'salons/shimogawa/shimogawa-igo-shogi-no-kai': '2026-06-18',
	'salons/shimogawa/shimogawa-ekimae-engawa': '2026-05-01',
	'salons/shimogawa/shimogawa-kawabata-taiso': '2026-07-15',
	'salons/kamigawa/kamigawa-fureai-shokujikai': '2026-08-20',
	'resources/shimogawa/shimogawa-tougeko-mimamori': '2026-06-22',
	'resources/kawanami/kawanami-haishoku': '2026-07-01',
	'volunteers/kamigawa/kamigawa-shokujikai-staff': '2026-09-30',
	'volunteers/nakazato/nakazato-tsuin-tsukisoi': '2026-05-02',
};

/** Not due: confirmed on or after 2026-10-01, or ended (終了). */
export const NOT_DUE: Record<string, string> = {
	'salons/kamigawa/kamigawa-teramae-sawakai': '2026-10-01',
	'salons/kamigawa/kamigawa-orange-cafe': '2027-01-10',
	'salons/kamigawa/kamigawa-kominkan-hyakusai-taiso': '2025-01-01',
	'salons/nakazato/nakazato-ikiiki-salon': '2027-03-03',
	'salons/nakazato/nakazato-minami-sawakai': '2026-12-10',
	'resources/shimogawa/shimogawa-gomidashi-shien': '2027-02-25',
	'resources/kamigawa/kamigawa-shinryojo-kenko-sodan': '2026-11-10',
	'resources/kamigawa/kamigawa-ja-idou-hanbai': '2026-10-05',
	'resources/kawanami/kawanami-chokotto-otasuke': '2026-10-01',
	'resources/nakazato/nakazato-tanki-shuchu-c': '2026-10-14',
	'volunteers/kawanami/kawanami-seikatsu-shien-supporter': '2026-10-01',
};
/** Long unconfirmed but ended: never asked again. */
export const ENDED = 'salons/kamigawa/kamigawa-kominkan-hyakusai-taiso';

/** A fresh copy of the town in a temporary folder; returns its work folder and content folder. */
export function reconfirmTown(prefix: string): { work: string; content: string } {
	const work = mkdtempSync(join(tmpdir(), prefix));
	const content = join(work, 'town');
	cpSync(TOWNS.kawanami, content, { recursive: true });
	for (const [ref, date] of Object.entries({ ...DUE, ...NOT_DUE })) {
		const file = join(content, `${ref}.md`);
		let text = readFileSync(file, 'utf8').replace(/^last_confirmed: .*$/m, `last_confirmed: ${date}`);
		if (ref === ENDED) text = text.replace(/^status: .*$/m, 'status: 終了');
		writeFileSync(file, text);
	}
	return { work, content };
}
