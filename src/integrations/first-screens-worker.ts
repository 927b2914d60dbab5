/**
 * Makes the first screens of some words in a worker thread of its own (src/integrations/first-screens.ts,
 * writeFirstScreensAside): a heap of its own instead of the build's, which at 30,000 entries holds gigabytes and
 * made each search's garbage several times dearer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeFirstScreens, type FirstScreensJob } from './first-screens.ts';

parentPort!.postMessage(await writeFirstScreens(workerData as FirstScreensJob));
