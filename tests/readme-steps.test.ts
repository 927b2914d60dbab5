/**
 * The README's steps for a town of one's own (docs/town-setup.md), run as a coordinator runs them, on a checkout
 * of the project with an empty content/: init-town with its flags, the blanks it leaves filled in, import-areas
 * on real 校区 boundaries (tests/fixtures/areas/a27-sapporo-chuo), issue-forms, a salon from npm run new with
 * its blanks filled in, then check, build and verify. Then the project's unit tests that read files those
 * steps change run in that checkout and pass: a town's own steps never break the project's tests.
 *
 * The checkout is also where the workflows' own commands are proven on a town that is not the sample.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { townCheckout } from '../scripts/lib/town-checkout.ts';
import { buildEnv } from './build-site.ts';

const project = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'sasaeai-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A checkout as a town clones it: the project's files, the issue forms, a content/ with only its README, and the tests. */
function freshCheckout(root: string): string {
	townCheckout(root);
	for (const f of ['.github', 'vitest.config.ts', 'tests/fixtures/towns', 'tests/fixtures/issue-forms'])
		cpSync(join(project, f), join(root, f), { recursive: true });
	for (const f of readdirSync(join(project, 'tests')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
		cpSync(join(project, 'tests', f), join(root, 'tests', f));
	mkdirSync(join(root, 'content'));
	writeFileSync(join(root, 'content/README.md'), "# content/\n\nThe town's own folder.\n");
	return root;
}
const town = freshCheckout(join(work, 'chuo-guide'));

/** The machine's environment without what Vitest adds, and the project's tools first on the PATH. */
const env = (() => {
	const { SASAEAI_CONTENT: _c, SASAEAI_OUT_DIR: _o, SASAEAI_TODAY: _t, ...machine } = buildEnv();
	const clean = Object.fromEntries(Object.entries(machine).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
	return { ...clean, PATH: `${join(project, 'node_modules/.bin')}:${process.env['PATH']}` };
})();
/** A command as the README writes it, in the town's checkout. */
function sh(command: string): { status: number | null; out: string } {
	const r = spawnSync('sh', ['-c', command], { cwd: town, env, encoding: 'utf8' });
	return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
const expectOk = (command: string) => {
	const r = sh(command);
	expect(r.status, `${command}\n${r.out.slice(-3000)}`).toBe(0);
	return r.out;
};
/** Fills the `""` a template leaves, as the coordinator does in an editor: key → value, the comment dropped. */
function fillBlanks(file: string, values: Record<string, string>): void {
	const path = join(town, file);
	let text = readFileSync(path, 'utf8');
	for (const [key, value] of Object.entries(values)) {
		const blank = new RegExp(`^(\\s*)${key}: ""[^\\n]*$`, 'm');
		expect(text, `${file}: ${key}`).toMatch(blank);
		text = text.replace(blank, `$1${key}: ${value}`);
	}
	writeFileSync(path, text);
}

describe("the README's steps on a new town (札幌市中央区's 校区, a fixture)", () => {
	test('init-town, import-areas, issue-forms, new, check, build and verify all pass', () => {
		// Step 2: start the town's content and fill in what init-town left blank.
		const init = expectOk(
			'npm run init-town -- --name 中央区 --yomi ちゅうおうく --id chuo --prefecture 北海道 --code 011011 --district 校区 --center 43.055,141.34 --owner chuo-shakyo --repository chuo-guide',
		);
		expect(init).toContain('content/site.yaml と content/areas/chuo.md を作りました');
		fillBlanks('content/site.yaml', { name: '中央区社会福祉協議会', tel: '011-000-0001' });
		fillBlanks('content/areas/chuo.md', { name: '中央区 生活支援体制整備協議体' }); // council.name
		fillBlanks('content/areas/chuo.md', { name: '中央区社会福祉協議会 地域福祉課', tel: '011-000-0002' }); // contact

		// Step 3: the 校区 from their boundaries.
		const areas = expectOk(`npm run import-areas -- ${join(project, 'tests/fixtures/areas/a27-sapporo-chuo/Elementary.geojson')}`);
		expect(areas).toContain('書いた 16 件');

		// Step 4: the issue forms list the town's own 校区.
		expect(expectOk('npm run issue-forms')).toContain('校区の選択肢を 16 件にしました');
		const form = readFileSync(join(town, '.github/ISSUE_TEMPLATE/salon.yml'), 'utf8');
		expect(form).toContain('幌西小学校区');
		expect(form).not.toContain('青葉小学校区');

		// Step 5: a salon from the template, its blanks filled in.
		const area = readdirSync(join(town, 'content/areas'))
			.find((f) => readFileSync(join(town, 'content/areas', f), 'utf8').includes('name: 幌西小学校区'))!
			.replace(/\.md$/, '');
		expectOk(`npm run new -- --kind salon --area ${area} --slug yuuhi-cafe`);
		const salon = `content/salons/${area}/${area}-yuuhi-cafe.md`;
		fillBlanks(salon, {
			name: '幌西 ゆうひカフェ',
			yomi: 'ほろにし ゆうひかふぇ',
			summary: 'お茶を飲みながら、おしゃべりを楽しむ集まりです。',
			target: 'どなたでも',
		});
		fillBlanks(salon, { name: '幌西町内会' }); // provider.name
		fillBlanks(salon, { name: '幌西会館', address: '北海道札幌市中央区南14条西14丁目' }); // place
		fillBlanks(salon, { name: '幌西町内会 事務所', tel: '011-000-0003' }); // contact

		// Step 6: check, build, verify.
		const check = expectOk('npm run check');
		expect(check).toContain('エラー 0 件');
		expect(check).not.toContain('npm run issue-forms');
		expectOk('npm run build');
		const verify = expectOk('npm run verify');
		expect(verify).toMatch(/問題 0 件/);
		const home = readFileSync(join(town, 'dist/index.html'), 'utf8');
		expect(home).toContain('中央区');
		expect(home).not.toContain('架空のサンプル');
		expect(readFileSync(join(town, `dist/salons/${area}/${area}-yuuhi-cafe/index.html`), 'utf8')).toContain('幌西 ゆうひカフェ');
	}, 600_000);

	test("then the project's unit tests that read the files those steps changed still pass in that checkout", () => {
		const r = sh('node_modules/.bin/vitest run --project unit src/lib/issue-forms.test.ts src/lib/contribute/issue-body.test.ts');
		expect(r.status, r.out.slice(-3000)).toBe(0);
		expect(r.out).toMatch(/\d+ passed, 0 failed/);
	}, 300_000);

	test('CI and Pages run check, build and verify, the commands just run on this town', () => {
		const runs = (file: string) =>
			Object.values(
				(
					yaml.load(readFileSync(join(project, '.github/workflows', file), 'utf8')) as {
						jobs: Record<string, { steps: { run?: string }[] }>;
					}
				).jobs,
			)
				.flatMap((j) => j.steps.map((s) => s.run))
				.filter((r): r is string => !!r);
		for (const file of ['ci.yml', 'deploy.yml'])
			expect(
				runs(file).filter((r) => /^npm run (check|build|verify)$/.test(r)),
				file,
			).toEqual(['npm run check', 'npm run build', 'npm run verify']);
	});
});
