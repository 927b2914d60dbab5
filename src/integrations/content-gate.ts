/**
 * The build refuses what the check refuses, before anything is read by Astro: on `astro build` and `astro dev`
 * the content folder and public/ go through the same policy, front-matter reader, schemas, body guards and
 * cross-file checks as `npm run check` (src/lib/content-files.ts). Any error stops the build with the same
 * Japanese list (file:line [エラー] field: message). Nothing is compiled, copied or published first: a symbolic
 * link, a hostile name or an SVG never reaches Astro's loaders or its copy of public/.
 */
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { loadContent } from '../lib/content-files.ts';
import { formatProblem } from '../lib/problems.ts';
import { oneLine } from '../lib/safety/annotations.ts';

export default function contentGate(): AstroIntegration {
	return {
		name: 'sasaeai-content-gate',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build' && command !== 'dev') return;
				// The check's own reading of content/ and public/ (src/lib/content-files.ts), nothing less.
				let errors;
				try {
					errors = loadContent(contentDir()).problems.filter((p) => p.severity === 'error');
				} catch (error) {
					// Each file's failure is its own problem already; this is the last resort, in Japanese, without a stack trace.
					console.error(
						`\n内容を確かめる途中で止まったため、サイトを作るのをやめました（${oneLine(String((error as Error)?.message ?? error)).slice(0, 300)}）。npm run check で確かめてください\n`,
					);
					process.exit(1);
				}
				if (errors.length === 0) return;
				console.error(
					`\n内容に誤りがあるため、サイトを作るのをやめました（何も読み込み・公開していません）。npm run check で、同じ一覧を行番号つきで確かめられます:\n${errors.map((p) => oneLine(formatProblem(p))).join('\n')}\n`,
				);
				process.exit(1);
			},
		},
	};
}
