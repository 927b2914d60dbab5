import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseRows } from '../src/lib/import/csv.ts';
import { parseContentFile } from '../src/lib/safety/frontmatter.ts';
import { launch } from './lib/chromium.ts';
import { runCollected, type Said } from './lib/command-io.ts';
import { reconfirmCommand } from './lib/reconfirm-command.ts';
import { DUE, ENDED, NOT_DUE, reconfirmTown, TODAY } from './lib/reconfirm-town.ts';

const { work, content } = reconfirmTown('sasaeai-reconfirm-');
const out = join(work, 'campaign');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm run reconfirm on the test's town, run in this process (scripts/reconfirm.ts runs the same function). */
const run = (args: string[]): Promise<Said> =>
	runCollected({ SASAEAI_CONTENT: content, SASAEAI_TODAY: TODAY }, (io) => reconfirmCommand(args, io));

/** Who can confirm each due entry, read from the fixture files themselves: organisation and phone. */
function expectedContacts(): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const ref of Object.keys(DUE)) {
		const contact = parseContentFile(readFileSync(join(content, `${ref}.md`), 'utf8')).data['contact'] as { name: string; tel: string };
		const key = `${contact.name}|${contact.tel}`;
		groups.set(key, [...(groups.get(key) ?? []), ref].sort());
	}
	return groups;
}
const URL_ROOT = 'https://kawanami-shakyo.github.io/kawanami-guide/send/';
const confirmUrlOf = (ref: string) => `${URL_ROOT}${ref.slice(0, ref.indexOf('/'))}/?confirm=${ref.slice(ref.indexOf('/') + 1)}`;

let result: Awaited<ReturnType<typeof run>>;
beforeAll(async () => {
	result = await run(['--out', out]);
}, 600_000);

describe('npm run reconfirm', { timeout: 120_000 }, () => {
	test('the fixture sets the date of every entry that has one', async () => {
		const files = ['salons', 'resources', 'volunteers'].flatMap((c) =>
			readdirSync(join(content, c), { recursive: true, encoding: 'utf8' })
				.filter((f) => f.endsWith('.md'))
				.map((f) => `${c}/${f.replace(/\.md$/, '')}`),
		);
		expect(files.sort()).toEqual(Object.keys({ ...DUE, ...NOT_DUE }).sort());
	});

	test('says what it wrote', async () => {
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(`確認する情報 ${Object.keys(DUE).length} 件、連絡先 ${expectedContacts().size} か所`);
	});

	test('the worklist names every due entry exactly once, and no other; one row per contact', async () => {
		const csv = readFileSync(join(out, 'worklist.csv'), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const [header, ...rows] = parseRows(csv.slice(1), ',').map((r) => r.cells);
		const ids = rows.flatMap((r) => r[header!.indexOf('ID')]!.split('\n'));
		expect(ids.sort()).toEqual(Object.keys(DUE).sort());
		expect(ids).not.toContain(ENDED);
		expect(rows).toHaveLength(expectedContacts().size);
		for (const r of rows) {
			const refs = r[header!.indexOf('ID')]!.split('\n');
			const names = r[header!.indexOf('名前')]!.split('\n');
			expect(names).toEqual(
				refs.map((ref) =>
					String(parseContentFile(readFileSync(join(content, `${ref}.md`), 'utf8')).data[ref.startsWith('volunteers') ? 'title' : 'name']),
				),
			);
			expect(r[header!.indexOf('最終確認日')]!.split('\n')).toEqual(refs.map((ref) => DUE[ref]));
			expect([r[header!.indexOf('結果')], r[header!.indexOf('確認日')]]).toEqual(['', '']);
		}
		expect(header).toContain('地区'); // 川波町 calls its areas 地区
	});

	test("one sheet per contact, whose QR codes decode to each entry's confirm URL under the base path", async () => {
		const sheets = readdirSync(join(out, 'sheets')).filter((f) => f.endsWith('.html'));
		const contacts = expectedContacts();
		expect(sheets).toHaveLength(contacts.size);
		const browser = await launch();
		try {
			const page = await browser.newPage();
			const seen: string[][] = [];
			for (const sheet of sheets) {
				await page.goto(pathToFileURL(join(out, 'sheets', sheet)).href);
				const codes = await page.$$eval('section.entry', (sections) =>
					Promise.all(
						sections.map(async (section) => {
							const svg = section.querySelector('figure.qr svg')!;
							const img = new Image();
							img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
							await img.decode();
							const canvas = document.createElement('canvas');
							canvas.width = canvas.height = 240;
							const ctx = canvas.getContext('2d')!;
							ctx.fillStyle = '#fff';
							ctx.fillRect(0, 0, 240, 240);
							ctx.drawImage(img, 0, 0, 240, 240);
							// One character per pixel, dark or light: a small message from the browser, the image rebuilt below.
							const data = ctx.getImageData(0, 0, 240, 240).data;
							let dark = '';
							for (let i = 0; i < data.length; i += 4) dark += data[i]! < 128 ? '1' : '0';
							return { title: section.querySelector('h2')!.textContent!, dark };
						}),
					),
				);
				const refs = codes.map(({ title, dark }) => {
					const rgba = Uint8ClampedArray.from([...dark].flatMap((d) => (d === '1' ? [0, 0, 0, 255] : [255, 255, 255, 255])));
					const decoded = jsQR(rgba, 240, 240)?.data;
					expect(decoded, `${sheet}: ${title}`).toBeDefined();
					const ref = Object.keys(DUE).find((r) => confirmUrlOf(r) === decoded);
					expect(ref, `${sheet}: ${decoded}`).toBeDefined();
					const data = parseContentFile(readFileSync(join(content, `${ref}.md`), 'utf8')).data;
					expect(title).toContain(String(data['name'] ?? data['title']));
					return ref!;
				});
				seen.push(refs.sort());
			}
			expect(seen.sort()).toEqual([...contacts.values()].sort());
		} finally {
			await browser.close();
		}
	}, 120_000);

	test('each sheet shows the entry as residents see it, the boxes to tick, and whom to return it to', async () => {
		const sheet = readdirSync(join(out, 'sheets'))
			.filter((f) => f.endsWith('.html'))
			.map((f) => readFileSync(join(out, 'sheets', f), 'utf8'))
			.find((html) => html.includes('下川 囲碁・将棋の会'))!;
		expect(sheet).toContain('第2土曜 13:00〜16:00');
		expect(sheet).toContain('このままで正しい');
		expect(sheet).toContain('変わったところ');
		expect(sheet).toContain('川波町社会福祉協議会');
		expect(sheet).toMatch(/font-size: 12pt/);
		expect(sheet).not.toMatch(/font-size: (\d|1[01])(\.\d+)?pt/);
		expect(sheet).not.toContain('<script');
	});

	test("one sheets.pdf, each contact's sheet starting on a page of its own", async () => {
		const pdf = join(out, 'sheets.pdf');
		expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
		// pdftotext separates pages with a form feed: the first page of each sheet greets its contact.
		const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
			.stdout.split('\f')
			.filter((p) => p.trim());
		const greetings = pages.filter((p) => p.includes('掲載している情報の確認のお願い'));
		expect(greetings).toHaveLength(expectedContacts().size);
		for (const p of greetings) expect(p.indexOf('掲載している情報の確認のお願い')).toBeLessThan(80);
		for (const refs of expectedContacts().values()) {
			const organisation = (parseContentFile(readFileSync(join(content, `${refs[0]}.md`), 'utf8')).data['contact'] as { name: string })
				.name;
			expect(
				greetings.filter((p) => p.replace(/\s+/g, '').includes(`${organisation.replace(/\s+/g, '')}御中`)).length,
				organisation,
			).toBeGreaterThan(0);
		}
		expect(readdirSync(join(out, 'sheets')).filter((f) => f.endsWith('.pdf'))).toEqual([]);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="sheets.pdf"');
	});

	test('e-mails only for the contacts with an address, in plain Japanese with their entries and confirm links', async () => {
		const mails = readdirSync(join(out, 'mail'));
		const withAddress = [...expectedContacts().values()].filter((refs) =>
			refs.some((ref) => /^\s+email:/m.test(readFileSync(join(content, `${ref}.md`), 'utf8'))),
		);
		expect(mails).toHaveLength(withAddress.length);
		const eml = readFileSync(join(out, 'mail', mails[0]!), 'utf8');
		expect(eml).toContain('To: engawa@kawanami-kurashi.example.jp');
		const body = Buffer.from(eml.split('\r\n\r\n')[1]!.replace(/\r\n/g, ''), 'base64').toString('utf8');
		for (const ref of withAddress[0]!) expect(body).toContain(confirmUrlOf(ref));
		expect(body).toContain('駅前えんがわ');
		expect(body).not.toMatch(/last_confirmed|^\s*[a-z_]+:/m);
		const index = readFileSync(join(out, 'index.html'), 'utf8');
		expect(index.match(/href="mailto:/g)).toHaveLength(withAddress.length);
		expect(index.match(/href="sheets\/\d+\.html"/g)).toHaveLength(expectedContacts().size);
	});

	test("an existing folder is not overwritten without --force; --force replaces only the campaign's own files", async () => {
		writeFileSync(join(out, 'memo.txt'), 'coordinator notes');
		const again = await run(['--out', out, '--no-pdf']);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('はもうあります');
		const forced = await run(['--out', out, '--no-pdf', '--force']);
		expect(forced.status, forced.stderr).toBe(0);
		expect(readFileSync(join(out, 'memo.txt'), 'utf8')).toBe('coordinator notes');
		expect(existsSync(join(out, 'sheets.pdf'))).toBe(false);
	}, 120_000);

	test("--month takes that month's share; bad options are explained", async () => {
		const month = await run(['--out', join(work, 'month'), '--no-pdf', '--month', '2027-09', '--due-months', '11']);
		expect(month.status, month.stderr).toBe(0);
		const ids = parseRows(readFileSync(join(work, 'month', 'worklist.csv'), 'utf8').slice(1), ',')
			.slice(1)
			.flatMap((r) => r.cells[8]!.split('\n'));
		// A month's share counts to the month's last day (2027-09-30): only entries confirmed before 2026-10-30 can be
		// due; one past a year (2026-05-01) is in whatever its contact's month; the ended one never.
		expect(ids).toContain('salons/shimogawa/shimogawa-ekimae-engawa');
		const dates: Record<string, string> = { ...DUE, ...NOT_DUE };
		for (const id of ids) expect(dates[id]! < '2026-10-30', id).toBe(true);
		expect(ids).not.toContain(ENDED);
		// The command itself, as a coordinator starts it: the same refusal.
		const script = spawnSync(process.execPath, ['scripts/reconfirm.ts', '--month', '2027-4'], {
			env: { ...process.env, SASAEAI_CONTENT: content, SASAEAI_TODAY: TODAY },
			encoding: 'utf8',
		});
		expect(script.status).toBe(1);
		expect(script.stderr).toContain('--month は 2027-04 のように');
		expect((await run(['--due-months', 'x'])).stderr).toContain('--due-months は 1 から 120 までの整数');
	}, 120_000);
});
