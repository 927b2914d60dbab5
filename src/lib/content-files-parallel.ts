/**
 * npm run check on every core: the policy is read here, the entry files (the part that grows with the town:
 * YAML, schemas, the Markdown judge) are read by this thread and worker threads, and the cross-file checks run
 * here on all of them, in the files' order, so the result is loadContent's (src/lib/content-files.ts) to the
 * letter.
 *
 * - The workers can be started first of all (startReaders, before the check loads its own modules), so that they
 *   load theirs while this thread loads its own and lists the files. A town of fewer than MIN_FILES_FOR_WORKERS
 *   files (counted by name, before anything is read) gets none: a worker's start-up costs more than it would read.
 * - The files are cut into runs of RUN_FILES consecutive files; every thread takes the next run from one shared
 *   counter, so a worker still loading its modules takes fewer runs and no thread waits for another.
 * - A run a worker took but never sent (the worker failed for any reason) is read here: a problem is never lost.
 *
 * This module loads nothing of the check itself until loadContentInParallel runs (content-files.ts is imported
 * there), so that starting the workers costs this thread nothing.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ContentFile } from './safety/file-policy.ts';
import type { LoadOptions, LoadResult, ReadFiles } from './content-files.ts';

/** Below this many files in the content folder, no worker is started. */
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

/** How many files a folder holds down to `depth` folders below it, by name alone (no file is opened or measured). */
export function countFiles(dir: string, depth = 3): number {
	let items;
	try {
		items = readdirSync(dir, { withFileTypes: true });
	} catch {
		return 0;
	}
	let count = 0;
	for (const item of items) {
		if (!item.isDirectory()) count++;
		else if (depth > 0) count += countFiles(join(dir, item.name), depth - 1);
	}
	return count;
}

/** What a worker is sent once the files are listed: every run, and the counter the threads share. */
export interface WorkerInput {
	runs: ContentFile[][];
	root: string;
	options: LoadOptions;
	counter: Int32Array;
}

/**
 * Worker threads for the content under `root`, started now: one per core but this thread's, none for a town of
 * fewer than `minFiles` files. Each loads its modules, then waits for its runs (loadContentInParallel).
 */
export function startReaders(root: string, threads = availableParallelism(), minFiles = MIN_FILES_FOR_WORKERS): Worker[] {
	if (threads < 2 || countFiles(root) < minFiles) return [];
	return Array.from({ length: threads - 1 }, () => new Worker(new URL('./content-files-worker.ts', import.meta.url)));
}

/** Gives a started worker its runs; `sent` gets each run it reads. Settles when the worker has stopped. */
function readWith(worker: Worker, input: WorkerInput, sent: (run: number, read: ReadFiles) => void): Promise<void> {
	return new Promise((resolve) => {
		worker.on('message', ({ run, read }: { run: number; read: ReadFiles }) => sent(run, read));
		// Node delivers every message a worker sent before its 'exit'; an 'error' is followed by 'exit'.
		worker.on('error', () => undefined);
		worker.once('exit', () => resolve());
		worker.postMessage(input);
	});
}

export interface Threads {
	/** Threads to read on, this one included (default: every core). */
	threads?: number;
	/** Fewest files for which workers are started (default MIN_FILES_FOR_WORKERS). */
	minFiles?: number;
	/** Workers already started (startReaders); without them, they are started here. */
	readers?: Worker[];
	/** Whether this thread takes runs too (tests turn it off, so that the workers read everything). */
	readHere?: boolean;
	/** Told of each run a worker sent (for the tests). */
	sentByWorker?: (run: number) => void;
}

/** loadContent's result, the entry files read on up to `threads` threads. */
export async function loadContentInParallel(root: string, options: LoadOptions = {}, threads: Threads = {}): Promise<LoadResult> {
	const { readers = startReaders(root, threads.threads, threads.minFiles), readHere = true, sentByWorker } = threads;
	const { contentPolicy, crossFileChecks, ownSite, readEntryFiles } = await import('./content-files.ts');
	const policy = contentPolicy(root, options);
	const runs = runsOf(policy.files, RUN_FILES);
	const input: WorkerInput = { runs, root, options, counter: new Int32Array(new SharedArrayBuffer(4)) };
	const read: (ReadFiles | undefined)[] = [];
	const stopped = readers.map((worker) =>
		readWith(worker, input, (run, found) => {
			read[run] ??= found;
			sentByWorker?.(run);
		}),
	);
	const site = ownSite(root);
	if (readHere)
		for (let run = takeRun(input.counter); run < runs.length; run = takeRun(input.counter))
			read[run] = readEntryFiles(runs[run]!, root, options, site);
	await Promise.all(stopped);
	const all = runs.map((files, run) => read[run] ?? readEntryFiles(files, root, options, site));
	return crossFileChecks(
		policy.problems,
		{ entries: all.flatMap((r) => r.entries), problems: all.flatMap((r) => r.problems), unchecked: all.flatMap((r) => r.unchecked) },
		options,
	);
}
