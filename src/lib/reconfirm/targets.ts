/**
 * Which entry a coordinator means on the command line: its reference as the worklist writes it
 * (salons/aoba/aoba-yuuhi-cafe), its id alone when only one kind has it (aoba/aoba-yuuhi-cafe), or its file
 * (content/salons/aoba/aoba-yuuhi-cafe.md). Pure (paths are compared, never read).
 */
import { resolve } from 'node:path';
import { visibleText } from '../safety/visible-text.ts';
import type { ConfirmEntry } from './entries.ts';

export type Target = { entry: ConfirmEntry } | { problem: string };

export function findTarget(arg: string, entries: readonly ConfirmEntry[], broken: readonly { file: string }[], cwd: string): Target {
	const plain = arg
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.replace(/^\.\//, '');
	const byRef = entries.find((e) => e.ref === plain);
	if (byRef) return { entry: byRef };
	const byId = entries.filter((e) => e.id === plain);
	if (byId.length === 1) return { entry: byId[0]! };
	if (byId.length > 1)
		return {
			problem: `「${visibleText(arg, 80)}」は ${byId.map((e) => e.ref).join(' と ')} のどちらか決まりません。どちらかを書いてください`,
		};
	const path = resolve(cwd, arg);
	const byFile = entries.find((e) => resolve(cwd, e.file) === path);
	if (byFile) return { entry: byFile };
	if (broken.some((b) => resolve(cwd, b.file) === path || b.file.replace(/\.mdx?$/, '').endsWith(`/${plain}`))) {
		return { problem: `${visibleText(arg, 80)} には誤りがあります。npm run check で直してから記録してください` };
	}
	return {
		problem: `「${visibleText(arg, 80)}」という情報が見つかりません。worklist.csv の ID（salons/aoba/aoba-yuuhi-cafe のような形）かファイルの場所を書いてください`,
	};
}
