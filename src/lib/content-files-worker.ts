/**
 * A worker thread of src/lib/content-files-parallel.ts: loads the reader's modules (after the compile cache is
 * on, src/lib/compile-cache.ts, hence dynamically), waits for the list of runs, then takes the next run from the
 * counter the threads share, reads it and sends what it found, until no run is left.
 */
import { parentPort } from 'node:worker_threads';
import { cacheCompiledModules } from './compile-cache.ts';
import type { WorkerInput } from './content-files-parallel.ts';

cacheCompiledModules();
const { ownSite, readEntryFiles } = await import('./content-files.ts');
const { takeRun } = await import('./content-files-parallel.ts');
parentPort!.once('message', ({ runs, root, options, counter }: WorkerInput) => {
	const site = ownSite(root);
	for (let run = takeRun(counter); run < runs.length; run = takeRun(counter)) {
		parentPort!.postMessage({ run, read: readEntryFiles(runs[run]!, root, options, site) });
	}
});
