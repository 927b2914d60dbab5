/**
 * Synthetic but realistic content for the benchmark: N entries (salons, resources, some volunteer openings,
 * reports and local issues) across a grid of 校区 (about 80 entries each) grouped in 圏域, with Japanese names
 * and readings, valid schedules of every kind, and every point inside its 校区. Deterministic for a given N.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOWNS: [string, string][] = [
	['青葉', 'あおば'],
	['桜', 'さくら'],
	['若葉', 'わかば'],
	['緑', 'みどり'],
	['旭', 'あさひ'],
	['栄', 'さかえ'],
	['泉', 'いずみ'],
	['松原', 'まつばら'],
	['竹下', 'たけした'],
	['梅田', 'うめだ'],
	['高見', 'たかみ'],
	['平野', 'ひらの'],
	['星ケ丘', 'ほしがおか'],
	['光', 'ひかり'],
	['大池', 'おおいけ'],
	['小川', 'おがわ'],
	['中町', 'なかまち'],
	['北浜', 'きたはま'],
	['南台', 'みなみだい'],
	['東原', 'ひがしはら'],
	['西山', 'にしやま'],
	['本郷', 'ほんごう'],
	['新町', 'しんまち'],
	['春日', 'かすが'],
	['日吉', 'ひよし'],
	['富士見', 'ふじみ'],
	['山手', 'やまて'],
	['川端', 'かわばた'],
	['池田', 'いけだ'],
	['宮前', 'みやまえ'],
];
const SIDES: [string, string][] = [
	['', ''],
	['北', 'きた'],
	['南', 'みなみ'],
	['東', 'ひがし'],
	['西', 'にし'],
	['中央', 'ちゅうおう'],
];
const NICK = [
	'ひまわり',
	'すみれ',
	'たんぽぽ',
	'あじさい',
	'もみじ',
	'さつき',
	'こすもす',
	'なでしこ',
	'つばき',
	'ききょう',
	'かえで',
	'わかたけ',
];
const SALONS: { name: string; yomi: string; category: string; fields: string[] }[] = [
	{ name: 'いきいきサロン', yomi: 'いきいきさろん', category: 'いきいきサロン', fields: ['集いと交流'] },
	{ name: '百歳体操', yomi: 'ひゃくさいたいそう', category: '体操・通いの場', fields: ['健康づくり', '集いと交流'] },
	{ name: 'ふれあいカフェ', yomi: 'ふれあいかふぇ', category: 'カフェ', fields: ['集いと交流'] },
	{ name: '食事会', yomi: 'しょくじかい', category: '食事会', fields: ['集いと交流', '見守り'] },
	{ name: '茶話会', yomi: 'さわかい', category: '茶話会', fields: ['集いと交流'] },
	{ name: '囲碁・将棋の会', yomi: 'いご しょうぎのかい', category: '趣味・学びの会', fields: ['参加と活動'] },
	{ name: 'スマホ教室', yomi: 'すまほきょうしつ', category: '趣味・学びの会', fields: ['参加と活動'] },
	{ name: 'オレンジカフェ', yomi: 'おれんじかふぇ', category: 'カフェ', fields: ['健康づくり', '集いと交流'] },
];
const RESOURCES: { name: string; yomi: string; fields: string[]; cls: string; type: string }[] = [
	{ name: '配食サービス', yomi: 'はいしょくさーびす', fields: ['生活支援', '見守り'], cls: '任意事業', type: '社会福祉法人' },
	{ name: '見守り訪問', yomi: 'みまもりほうもん', fields: ['見守り'], cls: '地域の助け合い', type: '民生委員' },
	{ name: '買い物支援', yomi: 'かいものしえん', fields: ['生活支援'], cls: '地域の助け合い', type: 'ボランティア団体' },
	{ name: 'ゴミ出し支援', yomi: 'ごみだししえん', fields: ['生活支援'], cls: '地域の助け合い', type: '自治会' },
	{ name: '介護予防教室', yomi: 'かいごよぼうきょうしつ', fields: ['健康づくり'], cls: '一般介護予防事業', type: '行政' },
	{ name: '地域清掃の会', yomi: 'ちいきせいそうのかい', fields: ['地域貢献', '参加と活動'], cls: '地域の助け合い', type: '自治会' },
];
const DAYS = ['月', '火', '水', '木', '金', '土', '日'];

/** mulberry32: a small deterministic PRNG. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Generated {
	districts: number;
	salons: number;
	resources: number;
	volunteers: number;
	reports: number;
	issues: number;
}

export function generateContent(dir: string, n: number, siteYaml: string): Generated {
	const rnd = random(n);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
	const districts = Math.max(6, Math.ceil(n / 80));
	const cols = Math.ceil(Math.sqrt(districts));
	const cell = 0.02;
	const write = (path: string, text: string) => {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	write('site.yaml', siteYaml.replace(/^title: .*$/m, 'title: ベンチマーク市 支え合いガイド'));
	write(
		'areas/city.md',
		'---\nname: ベンチマーク市\nyomi: べんちまーくし\nlevel: 市\ncenter: { lat: 34.5, lng: 135.5 }\n---\n\nベンチマーク用の架空の市です。\n',
	);
	const zones = Math.ceil(districts / 10);
	for (let z = 0; z < zones; z++)
		write(
			`areas/zone-${z}.md`,
			`---\nname: 第${z + 1}圏域\nyomi: だいけんいき\nlevel: 圏域\nparent: city\ncenter: { lat: 34.5, lng: 135.5 }\n---\n\n圏域です。\n`,
		);
	const town = (d: number) => {
		const [k, y] = TOWNS[d % TOWNS.length]!;
		const [sk, sy] = SIDES[Math.floor(d / TOWNS.length) % SIDES.length]!;
		const round = Math.floor(d / (TOWNS.length * SIDES.length));
		return { kanji: `${k}${sk}${round ? `第${round + 1}` : ''}`, yomi: `${y}${sy}${round ? 'だい' : ''}` };
	};
	const box = (d: number) => ({ s: 34 + Math.floor(d / cols) * cell, w: 135 + (d % cols) * cell });
	const schedule = (i: number) => {
		const day = DAYS[i % 7]!;
		const start = `${9 + (i % 6)}:${i % 2 ? '30' : '00'}`;
		const end = `${11 + (i % 6)}:${i % 2 ? '30' : '00'}`;
		const closed = i % 3 === 0 ? '\n  closed:\n    holidays: true' + (i % 9 === 0 ? '\n    months: [8]' : '') : '';
		switch (i % 5) {
			case 0:
				return `schedule:\n  rules:\n    - { repeat: 毎週, weekdays: [${day}], start: ${start}, end: ${end} }${closed}`;
			case 1:
				return `schedule:\n  rules:\n    - { repeat: 毎月, weeks: [2, 4], weekdays: [${day}], start: ${start}, end: ${end} }${closed}`;
			case 2:
				return `schedule:\n  rules:\n    - { repeat: 毎月, weeks: [最終], weekdays: [${day}], start: ${start} }${closed}`;
			case 3:
				return `schedule:\n  rules:\n    - { repeat: 毎月, days: [${1 + (i % 28)}], start: ${start}, end: ${end} }${closed}`;
			default: {
				const first = new Date(Date.UTC(2026, 3, 6 + (i % 7))); // a date in the week of 2026-04-06 (a Monday)
				return `schedule:\n  rules:\n    - { repeat: 隔週, weekdays: [${DAYS[(first.getUTCDay() + 6) % 7]}], start: ${start}, end: ${end} }\n  from: ${first.toISOString().slice(0, 10)}${closed}`;
			}
		}
	};
	const counts: Generated = { districts, salons: 0, resources: 0, volunteers: 0, reports: 0, issues: 0 };
	for (let d = 0; d < districts; d++) {
		const t = town(d);
		const b = box(d);
		const ring = [
			[b.w, b.s],
			[b.w + cell, b.s],
			[b.w + cell, b.s + cell],
			[b.w, b.s + cell],
			[b.w, b.s],
		]
			.map(([x, y]) => `[${x!.toFixed(4)},${y!.toFixed(4)}]`)
			.join(',');
		write(
			`areas/d${d}.md`,
			`---\nname: ${t.kanji}小学校区\nshort_name: ${t.kanji}\nyomi: ${t.yomi}しょうがっこうく\nlevel: 校区\nparent: zone-${Math.floor(d / 10)}\ncenter: { lat: ${(b.s + cell / 2).toFixed(4)}, lng: ${(b.w + cell / 2).toFixed(4)} }\npopulation_65: ${1500 + Math.floor(rnd() * 2000)}\ncouncil:\n  name: ${t.kanji} 元気づくり会議\ncontact:\n  name: ${t.kanji}校区 生活支援コーディネーター\n  tel: 000-${String(d % 1000).padStart(3, '0')}-0000\nboundary:\n  type: Polygon\n  coordinates: [[${ring}]]\n---\n\n${t.kanji}の校区です。\n`,
		);
	}
	const common = (i: number, d: number) => {
		const b = box(d);
		const lat = (b.s + cell * (0.1 + 0.8 * rnd())).toFixed(5);
		const lng = (b.w + cell * (0.1 + 0.8 * rnd())).toFixed(5);
		const t = town(d);
		return {
			place: `place:\n  name: ${t.kanji} ${pick(NICK)}会館\n  address: ベンチマーク市${t.kanji}町${1 + (i % 9)}丁目${1 + (i % 30)}-${1 + (i % 20)}\n  location: { lat: ${lat}, lng: ${lng} }`,
			contact: `contact:\n  name: ${t.kanji}校区社会福祉協議会 事務局\n  tel: 000-${String(d % 1000).padStart(3, '0')}-${String(i % 10000).padStart(4, '0')}`,
			t,
		};
	};
	const salonCount = Math.round(n * 0.55);
	const resourceCount = Math.round(n * 0.35);
	for (let i = 0; i < salonCount; i++) {
		const d = i % districts;
		const s = SALONS[i % SALONS.length]!;
		const nick = NICK[Math.floor(i / districts) % NICK.length]!;
		const { place, contact, t } = common(i, d);
		write(
			`salons/d${d}/s${i}.md`,
			`---\nname: ${t.kanji} ${nick} ${s.name}\nyomi: ${t.yomi} ${nick} ${s.yomi}\ncategory: ${s.category}\nsummary: 地域のみなさんが気軽に集まれる${s.name}です。お茶を飲みながら、おしゃべりを楽しみます。\ntarget: おおむね65歳以上の方\nfields: [${s.fields.join(', ')}]\nservice_class: 地域の助け合い\nprovider: { name: ${t.kanji}自治会, type: 自治会 }\narea: d${d}\n${place}\n${schedule(i)}\ncost: { amount: ${(i % 4) * 100}, per: 1回 }\ntransport: ${i % 7 === 0 ? 'あり' : 'なし'}\n${contact}\nhow_to_apply: 当日、直接お越しください。\nlast_confirmed: 2026-${String(1 + (i % 10)).padStart(2, '0')}-15\nstatus: 活動中\n---\n\n${t.kanji}の${s.name}は、毎回10人ほどが集まります。はじめての方も歓迎します。\n`,
		);
		counts.salons++;
	}
	for (let i = 0; i < resourceCount; i++) {
		const d = i % districts;
		const r = RESOURCES[i % RESOURCES.length]!;
		const nick = NICK[Math.floor(i / districts) % NICK.length]!;
		const { place, contact, t } = common(i + salonCount, d);
		write(
			`resources/d${d}/r${i}.md`,
			`---\nname: ${t.kanji} ${nick} ${r.name}\nyomi: ${t.yomi} ${nick} ${r.yomi}\nsummary: ${t.kanji}の${r.name}です。暮らしの困りごとを地域で支えます。\ntarget: 校区に住む高齢の方\nfields: [${r.fields.join(', ')}]\nservice_class: ${r.cls}\nprovider: { name: ${t.kanji} ${r.type}, type: ${r.type} }\nareas: [d${d}]\n${place}\n${i % 2 ? schedule(i) : ''}\n${contact}\nhow_to_apply: 電話でご相談ください。\nlast_confirmed: 2026-${String(1 + (i % 10)).padStart(2, '0')}-01\nstatus: 活動中\n---\n\n${r.name}の内容は、問い合わせ先にご確認ください。\n`.replace(
				/\n\n(contact)/,
				'\n$1',
			),
		);
		counts.resources++;
	}
	for (let i = 0; i < Math.round(n * 0.05); i++) {
		const d = i % districts;
		const t = town(d);
		write(
			`volunteers/d${d}/v${i}.md`,
			`---\ntitle: ${t.kanji} 見守りボランティア募集 ${NICK[i % NICK.length]}\nyomi: ${t.yomi} みまもりぼらんてぃあぼしゅう\nsummary: 一人暮らしの方のお宅を訪ねて、声をかけます。\ntasks: [見守り, 話し相手]\nfields: [見守り]\narea: d${d}\nprovider: { name: ${t.kanji}校区社協, type: 校区社協 }\nwhen: ご都合のよい日\ncommitment: 月2回、1回1時間ほど\nhow_to_apply: 電話でお申し込みください。\ncontact: { name: ${t.kanji}校区社協, tel: 000-${String(d % 1000).padStart(3, '0')}-9999 }\nposted: 2026-10-01\nopen_until: 2027-03-31\nlast_confirmed: 2026-10-01\nstatus: 活動中\n---\n\n研修があります。\n`,
		);
		counts.volunteers++;
	}
	for (let d = 0; d < districts; d++) {
		const t = town(d);
		write(
			`local-issues/d${d}/issue-${d}.md`,
			`---\ntitle: ${t.kanji}の買い物の不便\narea: d${d}\norigin: 会議から\nraised: 2026-05-01\nstatus: 検討中\nsummary: スーパーが遠く、買い物に困る方がいます。\nhistory:\n  - { date: 2026-05-01, status: 提起, note: 会議で話題になった }\n  - { date: 2026-07-01, status: 検討中, note: 調べることにした }\n---\n\n買い物の不便について話し合っています。\n`,
		);
		write(
			`reports/d${d}/2026-07-01-council.md`,
			`---\ntitle: 第1回 ${t.kanji} 元気づくり会議\narea: d${d}\ndate: 2026-07-01\nparticipants:\n  - { organisation: 自治会, role: 会長, count: 1 }\n  - { organisation: 地域包括支援センター, role: 職員, count: 2 }\nagenda: [買い物の不便について]\nissues: [issue-${d}]\n---\n\n買い物の不便について話し合いました。\n`,
		);
		counts.issues++;
		counts.reports++;
	}
	return counts;
}

/** A bare Astro site: N plain Markdown pages, no project code (the framework's own limit). */
export function generateBareSite(dir: string, n: number): void {
	mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n",
	);
	writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "type": "module", "private": true }\n');
	for (let i = 0; i < n; i++) {
		writeFileSync(
			join(dir, `src/pages/p/${i}.md`),
			`---\ntitle: ページ ${i}\n---\n\n# ページ ${i}\n\n地域のみなさんが気軽に集まれるサロンです。お茶を飲みながら、おしゃべりを楽しみます。毎回10人ほどが集まります。\n`,
		);
	}
}
