/** A worker thread of src/lib/content-files-parallel.ts: reads its share of the entry files and sends what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { readEntryFiles } from './content-files.ts';

const { files, root, options } = workerData as {
	files: Parameters<typeof readEntryFiles>[0];
	root: string;
	options: Parameters<typeof readEntryFiles>[2];
};
parentPort!.postMessage(readEntryFiles(files, root, options));
