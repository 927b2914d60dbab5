/** Name-based UUIDs (RFC 9562 version 5): the same entry id always gives the same UUID, across rebuilds. */
import { createHash } from 'node:crypto';

/** The project's namespace for UUIDs (itself a v5 UUID of "sasaeai" in the URL namespace). */
const NAMESPACE = 'b5a5c3f0-8f2e-5d4a-9c31-7e6f0a2d4c19';

export function uuidV5(name: string, namespace = NAMESPACE): string {
	const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	const hash = createHash('sha1')
		.update(Buffer.concat([ns, Buffer.from(name, 'utf8')]))
		.digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
