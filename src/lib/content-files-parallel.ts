/**
 * npm run check on every core: the policy is read here, the entry files (the part that grows with the town:
 * YAML, schemas, the Markdown judge) are split between this thread and worker threads, and the cross-file checks
 * run here on all of them, in the files' order, so the result is loadContent's (src/lib/content-files.ts) to the
 * letter. A town smaller than MIN_FILES_PER_THREAD per thread is read here alone: starting a worker costs more.
 * A worker that fails for any reason has its files read here instead: a problem is never lost to a thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFile } from './safety/file-policy.ts';
import { contentPolicy, crossFileChecks, readEntryFiles, type LoadOptions, type LoadResult, type ReadFiles } from './content-files.ts';

/** Below this many files per thread, one thread reads them all. */
export const MIN_FILES_PER_THREAD = 1000;

/** The files in `parts` runs of consecutive files, as even as they go. */
export function splitFiles<T>(files: readonly T[], parts: number): T[][] {
	const size = Math.ceil(files.length / parts);
	return Array.from({ length: parts }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((part) => part.length > 0);
}

function readInWorker(files: ContentFile[], root: string, options: LoadOptions): Promise<ReadFiles> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./content-files-worker.ts', import.meta.url), { workerData: { files, root, options } });
		worker.once('message', (read: ReadFiles) => resolve(read));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
	});
}

/** loadContent's result, the entry files read on up to `threads` threads. */
export async function loadContentInParallel(
	root: string,
	options: LoadOptions = {},
	threads = availableParallelism(),
	minFilesPerThread = MIN_FILES_PER_THREAD,
): Promise<LoadResult> {
	const policy = contentPolicy(root, options);
	const parts = Math.max(1, Math.min(threads, Math.floor(policy.files.length / minFilesPerThread)));
	const [here = [], ...elsewhere] = splitFiles(policy.files, parts);
	const started = elsewhere.map((files) => readInWorker(files, root, options).catch(() => readEntryFiles(files, root, options)));
	const reads = [readEntryFiles(here, root, options), ...(await Promise.all(started))];
	return crossFileChecks(
		policy.problems,
		{ entries: reads.flatMap((r) => r.entries), problems: reads.flatMap((r) => r.problems), unchecked: reads.flatMap((r) => r.unchecked) },
		options,
	);
}
