/**
 * The build refuses bad content with a message an author can act on: the file, the field and the valid ids.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runAstroBuild } from './build-site.ts';
import { SAMPLE } from './towns.ts';

const work = mkdtempSync(join(tmpdir(), 'sasaeai-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function contentWith(change: (dir: string) => void): string {
	const dir = mkdtempSync(join(work, 'content-'));
	cpSync(SAMPLE, dir, { recursive: true });
	change(dir);
	return dir;
}

describe('the build stops on bad content', () => {
	test('a wrong 校区 id names the file, the field and the valid ids', () => {
		const dir = contentWith((d) => {
			const file = join(d, 'salons/aoba/aoba-danchi-ikiiki-salon.md');
			writeFileSync(file, readFileSync(file, 'utf8').replace('area: aoba', 'area: aobaa'));
		});
		const { status, output } = runAstroBuild({ SASAEAI_CONTENT: dir, SASAEAI_OUT_DIR: join(work, 'out-1') });
		expect(status).not.toBe(0);
		expect(output).toContain('aoba-danchi-ikiiki-salon.md:12 [エラー] area: 「aobaa」という校区はありません');
		expect(output).toContain('aoba（青葉小学校区）');
	});
	test('a broken site config names the field', () => {
		const dir = contentWith((d) => {
			const file = join(d, 'site.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace('base: /', 'base: sasaeai'));
		});
		const { status, output } = runAstroBuild({ SASAEAI_CONTENT: dir, SASAEAI_OUT_DIR: join(work, 'out-2') });
		expect(status).not.toBe(0);
		const line =
			readFileSync(join(SAMPLE, 'site.yaml'), 'utf8')
				.split('\n')
				.findIndex((l) => l.startsWith('base:')) + 1;
		expect(output).toContain(`site.yaml:${line} [エラー] base: base は / または /sasaeai/`);
	});
});
