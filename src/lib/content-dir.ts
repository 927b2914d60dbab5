/**
 * Where the content lives: ./content (the sample city) unless SASAEAI_CONTENT names another folder,
 * as the tests and the benchmark do.
 */
import { resolve } from 'node:path';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return resolve(env['SASAEAI_CONTENT'] ?? 'content');
}
