import { expect, test } from 'vitest';
import { parseContentFile } from '../safety/frontmatter.ts';
import { salonSchema } from '../../schemas/salons.ts';
import { confirmationNote, confirmedText } from './confirmation.ts';
import { SALON } from './test-fixtures.ts';

const parsed = parseContentFile(SALON);
const data = parsed.data as Record<string, unknown>;
const diff = (a: string, b: string) => {
	const [x, y] = [a.split('\n'), b.split('\n')];
	return { added: y.filter((l) => !x.includes(l)), removed: x.filter((l) => !y.includes(l)) };
};

test('「このままで正しい」 changes only last_confirmed and confirmed_by, and the file still passes the schema', () => {
	const text = confirmedText(SALON, data, { today: '2026-12-07', by: '電話', answer: 'same' });
	const { added, removed } = diff(SALON, text);
	expect(added.sort()).toEqual(['confirmed_by: 電話', 'last_confirmed: "2026-12-07"']);
	expect(removed.every((l) => l.startsWith('last_confirmed:'))).toBe(true);
	expect(salonSchema.safeParse(parseContentFile(text).data).success).toBe(true);
	expect(parseContentFile(text).body).toBe(parsed.body);
});

test('「休止中です」 also sets status, and the note says what was confirmed and how', () => {
	const text = confirmedText(SALON, data, { today: '2026-12-07', by: '訪問', answer: '休止中' });
	expect(diff(SALON, text).added.sort()).toEqual(['confirmed_by: 訪問', 'last_confirmed: "2026-12-07"', 'status: 休止中']);
	expect(confirmationNote({ today: '2026-12-07', by: '訪問', answer: '休止中' }, '春まで休みます')).toBe(
		'休止中です（確かめ方: 訪問）\n春まで休みます',
	);
});
