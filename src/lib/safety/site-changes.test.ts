import { describe, expect, test } from 'vitest';
import { describeChange, siteChanges } from './site-changes.ts';

const before = {
	site_url: 'https://town.example',
	base: '/',
	repository: { url: 'https://github.com/town/guide', branch: 'main' },
	map: { tiles: 'https://cyberjapandata.gsi.go.jp/{z}/{x}/{y}.png' },
	contact: { email: 'a@town.example', tel: '000-1' },
};

describe('settings a pull request changes', () => {
	test('nothing changed, nothing listed', () => {
		expect(siteChanges(before, structuredClone(before))).toEqual([]);
	});
	test('each changed, added or removed leaf, with what it redirects', () => {
		const after = {
			...before,
			base: '/guide/',
			repository: { ...before.repository, url: 'https://github.com/evil/guide' },
			map: { ...before.map, allow_other_tiles: true },
			contact: { tel: '000-1' },
			relay_url: 'https://relay.evil.example',
		};
		const changes = siteChanges(before, after);
		expect(changes.map((c) => c.path)).toEqual(['base', 'repository.url', 'map.allow_other_tiles', 'relay_url', 'contact.email']);
		expect(changes.map(describeChange)).toEqual([
			'base: 「/」 → 「/guide/」。QR コード・サイトマップ・フィードが指すサイトのパスが変わります',
			'repository.url: 「https://github.com/town/guide」 → 「https://github.com/evil/guide」。「情報を送る」フォームと「この情報を直す」リンクの送り先（Issue やプルリクエストを受けるリポジトリ）が変わります',
			'map.allow_other_tiles: （なし） → 「true」。知られていない地図のタイルのサーバーを許すかどうかが変わります',
			'relay_url: （なし） → 「https://relay.evil.example」。「情報を送る」フォームの送信を中継するアドレスが変わります',
			'contact.email: 「a@town.example」 → （なし）。「情報を送る」フォームがメールで送るときのあて先が変わります',
		]);
	});
	test('a value with control characters is shown, not obeyed', () => {
		const [change] = siteChanges({ title: 'a' }, { title: 'b\n::error::x\u001b[2J' });
		expect(describeChange(change!)).not.toMatch(/[\n\u001b]/);
	});
});
