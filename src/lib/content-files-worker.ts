/**
 * A worker thread of src/lib/content-files-parallel.ts: takes the next run of entry files from the counter the
 * threads share, reads it and sends what it found, until no run is left. Its modules load after the compile
 * cache is on (src/lib/compile-cache.ts), hence dynamically.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cacheCompiledModules } from './compile-cache.ts';
import type { WorkerInput } from './content-files-parallel.ts';

cacheCompiledModules();
const { readEntryFiles } = await import('./content-files.ts');
const { takeRun } = await import('./content-files-parallel.ts');
const { runs, root, options, counter } = workerData as WorkerInput;
for (let run = takeRun(counter); run < runs.length; run = takeRun(counter)) {
	parentPort!.postMessage({ run, read: readEntryFiles(runs[run]!, root, options) });
}
