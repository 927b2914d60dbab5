/**
 * The fixture town of the needs tests: two 校区 on the border of the 1次メッシュ 5339 and 5340 (longitude 140°),
 * drawn from the mesh rectangles themselves so that every share is known by hand. Test support only.
 */
import type { Boundary } from '../../schemas/areas.ts';
import type { District } from './apportion.ts';
import { meshRect } from './mesh-code.ts';

const A = meshRect('533977591');
const B = meshRect('533977592');
const C = meshRect('533977593');
const F = meshRect('534070502');
const H = meshRect('534070504');
/** The middle of mesh B (and D above it): the 西/東 border cuts both in half. */
export const BORDER_LNG = (B.west + B.east) / 2;
const hMiddle = (H.south + H.north) / 2;

/** A closed ring of [lng, lat] points as a Polygon boundary. */
export const polygon = (ring: [number, number][]): Boundary => ({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });

/** 西校区: meshes A and C whole, the west halves of B and D. */
export const NISHI: District = {
	id: 'nishi',
	name: '西小学校区',
	boundary: polygon([
		[A.west, A.south],
		[BORDER_LNG, A.south],
		[BORDER_LNG, C.north],
		[A.west, C.north],
	]),
};
/** 東校区: the east halves of B and D, meshes E, F, G whole, the south half of H (its north half is outside). */
export const HIGASHI: District = {
	id: 'higashi',
	name: '東小学校区',
	boundary: polygon([
		[BORDER_LNG, A.south],
		[F.east, A.south],
		[F.east, hMiddle],
		[H.west, hMiddle],
		[H.west, C.north],
		[BORDER_LNG, C.north],
	]),
};
