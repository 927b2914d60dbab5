import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const node = (script: string, args: string[], content: string, input?: string) =>
	spawnSync(process.execPath, [script, ...args], { env: { ...process.env, SASAEAI_CONTENT: content }, input, encoding: 'utf8' });

describe('npm run init-town', () => {
	const dir = join(work, 'town');
	const args = ['--name', '山里村', '--yomi', 'やまざとむら', '--id', 'yamazato', '--prefecture', '架空県', '--code', '000002', '--district', '地区', '--center', '35.6,137.2', '--owner', 'yamazato-shakyo', '--repository', 'yamazato-guide'];
	test('writes site.yaml and the 村\'s area file; the only errors left are the blanks to fill', () => {
		const r = node('scripts/init-town.ts', args, dir);
		expect(r.status, r.stderr).toBe(0);
		const site = readFileSync(join(dir, 'site.yaml'), 'utf8');
		expect(site).toContain('municipality: "山里村"');
		expect(site).toContain('base: "/yamazato-guide/"');
		expect(site).toContain('district_term: "地区"');
		expect(readFileSync(join(dir, 'areas/yamazato.md'), 'utf8')).toMatch(/^level: 村$/m);
		const check = node('scripts/check-content.ts', [], dir);
		const errors = check.stdout.split('\n').filter((l) => l.includes('[エラー]'));
		expect(errors.length).toBeGreaterThan(0);
		for (const e of errors) expect(e).toMatch(/空欄にはできません|電話番号を書いてください/);
	});
	test('a 地区 can be added under it at once', () => {
		const r = node('scripts/new-entry.ts', ['--kind', 'area', '--slug', 'kamimura', '--level', '地区'], dir);
		expect(r.status, r.stderr).toBe(0);
		expect(readFileSync(join(dir, 'areas/kamimura.md'), 'utf8')).toMatch(/^parent: yamazato\s/m);
	});
	test('optional answers take their defaults when nobody is at a terminal (校区, code 000000)', () => {
		const plain = join(work, 'plain');
		const r = node('scripts/init-town.ts', ['--name', '川辺町', '--yomi', 'かわべちょう', '--id', 'kawabe', '--prefecture', '架空県', '--center', '35,135', '--owner', 'o', '--repository', 'r'], plain);
		expect(r.status, r.stderr).toBe(0);
		const site = readFileSync(join(plain, 'site.yaml'), 'utf8');
		expect(site).toContain('municipality_code: "000000"');
		expect(site).not.toContain('district_term');
	});
	test('never overwrites; asks again after a wrong answer', () => {
		expect(node('scripts/init-town.ts', args, dir).stderr).toContain('はもうあります。上書きはしません');
		const fresh = join(work, 'asked');
		const r = node('scripts/init-town.ts', args.slice(2), fresh, '山里\n山里村\n');
		expect(r.stdout).toContain('「山里」の最後が 市・町・村・区 のどれかになるように');
		expect(readFileSync(join(fresh, 'site.yaml'), 'utf8')).toContain('municipality: "山里村"');
	});
});
