/**
 * npm run check: validates every content file with the schemas the build uses and lists every problem,
 * `file:line [エラー] field: message`, then exits 1 if there is any error (warnings alone exit 0).
 * Inside GitHub Actions it also annotates the files (GitHub shows at most 10 errors and 10 warnings per step)
 * and writes the whole list to the step summary. The command itself is scripts/lib/check-command.ts.
 */
import { cacheCompiledModules } from '../src/lib/compile-cache.ts';

// The project's modules are loaded after the compile cache is on (src/lib/compile-cache.ts), hence dynamically,
// and after the worker threads of a large town are started, so that they load theirs meanwhile.
cacheCompiledModules();
const { contentDir } = await import('../src/lib/content-dir.ts');
const { startReaders } = await import('../src/lib/content-files-parallel.ts');
const readers = startReaders(contentDir());
const { checkCommand } = await import('./lib/check-command.ts');

process.exitCode = await checkCommand(undefined, readers);
