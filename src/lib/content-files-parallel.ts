/**
 * npm run check on every core: the policy is read here, the entry files (the part that grows with the town:
 * YAML, schemas, the Markdown judge) are read by this thread and worker threads, and the cross-file checks run
 * here on all of them, in the files' order, so the result is loadContent's (src/lib/content-files.ts) to the
 * letter.
 *
 * The files are cut into runs of RUN_FILES consecutive files; every thread takes the next run from one shared
 * counter, so a worker still loading its modules takes fewer runs and no thread waits for another. A town of
 * fewer than MIN_FILES_FOR_WORKERS files is read here alone: a worker's start-up costs more than it would read.
 * A run a worker took but never sent (the worker failed for any reason) is read here: a problem is never lost.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFile } from './safety/file-policy.ts';
import { contentPolicy, crossFileChecks, readEntryFiles, type LoadOptions, type LoadResult, type ReadFiles } from './content-files.ts';

/** Below this many entry files, no worker is started. */
export const MIN_FILES_FOR_WORKERS = 2000;
/** Files a thread takes at a time. */
export const RUN_FILES = 100;

/** The files in runs of `size` consecutive files, in order. */
export function runsOf<T>(files: readonly T[], size: number): T[][] {
	return Array.from({ length: Math.ceil(files.length / size) }, (_, i) => files.slice(i * size, (i + 1) * size));
}

/** The next run no thread has taken yet (past the last run once all are taken). */
export function takeRun(counter: Int32Array): number {
	return Atomics.add(counter, 0, 1);
}

/** What a worker is given: every run, and the counter the threads share. */
export interface WorkerInput {
	runs: ContentFile[][];
	root: string;
	options: LoadOptions;
	counter: Int32Array;
}

/** Starts a worker on the shared runs; `sent` gets each run it reads. Settles when the worker has stopped. */
function startWorker(input: WorkerInput, sent: (run: number, read: ReadFiles) => void): Promise<void> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./content-files-worker.ts', import.meta.url), { workerData: input });
		worker.on('message', ({ run, read }: { run: number; read: ReadFiles }) => sent(run, read));
		// Node delivers every message a worker sent before its 'exit'; an 'error' is followed by 'exit'.
		worker.once('error', () => undefined);
		worker.once('exit', () => resolve());
	});
}

export interface Threads {
	/** Threads to read on, this one included (default: every core). */
	threads?: number;
	/** Fewest entry files for which workers are started (default MIN_FILES_FOR_WORKERS). */
	minFiles?: number;
	/** Whether this thread takes runs too (tests turn it off, so that the workers read everything). */
	readHere?: boolean;
	/** Told of each run a worker sent (for the tests). */
	sentByWorker?: (run: number) => void;
}

/** loadContent's result, the entry files read on up to `threads` threads. */
export async function loadContentInParallel(
	root: string,
	options: LoadOptions = {},
	{ threads = availableParallelism(), minFiles = MIN_FILES_FOR_WORKERS, readHere = true, sentByWorker }: Threads = {},
): Promise<LoadResult> {
	const policy = contentPolicy(root, options);
	const runs = runsOf(policy.files, RUN_FILES);
	const workers = policy.files.length >= minFiles ? Math.max(0, threads - 1) : 0;
	const input: WorkerInput = { runs, root, options, counter: new Int32Array(new SharedArrayBuffer(4)) };
	const read: (ReadFiles | undefined)[] = [];
	const stopped = Array.from({ length: workers }, () =>
		startWorker(input, (run, found) => {
			read[run] ??= found;
			sentByWorker?.(run);
		}),
	);
	if (readHere) for (let run = takeRun(input.counter); run < runs.length; run = takeRun(input.counter)) read[run] = readEntryFiles(runs[run]!, root, options);
	await Promise.all(stopped);
	const all = runs.map((files, run) => read[run] ?? readEntryFiles(files, root, options));
	return crossFileChecks(
		policy.problems,
		{ entries: all.flatMap((r) => r.entries), problems: all.flatMap((r) => r.problems), unchecked: all.flatMap((r) => r.unchecked) },
		options,
	);
}
