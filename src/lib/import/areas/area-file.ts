/**
 * The area file an import writes: YAML front matter produced by the `yaml` package (never by pasting values
 * into text), the centre point inside the boundary, and one line in the body naming the source.
 */
import polylabel from 'polylabel';
import { Document } from 'yaml';
import { largestPolygon, type PolygonGeometry } from './simplify.ts';

export interface AreaFileData {
	name: string;
	yomi?: string;
	level: string;
	parent?: string;
	center: { lat: number; lng: number };
	boundary: PolygonGeometry;
}

/** Whether [経度, 緯度] lies inside the polygon (ray casting; holes excluded). */
function inside(point: readonly number[], rings: readonly (readonly number[][] | number[][])[]): boolean {
	const inRing = (ring: readonly number[][]) => {
		let c = false;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi! > point[1]! !== yj! > point[1]! && point[0]! < ((xj! - xi!) * (point[1]! - yi!)) / (yj! - yi!) + xi!) c = !c;
		}
		return c;
	};
	const [outer, ...holes] = rings;
	return !!outer && inRing(outer) && !holes.some(inRing);
}

/**
 * A point well inside the area, for the map's centre: the pole of inaccessibility (polylabel) of the largest
 * part, rounded to 5 decimals (about 1 m), or to 6 if rounding would move it out of a very thin shape.
 */
export function centerOf(boundary: PolygonGeometry): { lat: number; lng: number } {
	const polygon = largestPolygon(boundary);
	// Scale longitudes by cos(latitude) so the point is central in metres, not in degrees.
	const k = Math.cos((polygon[0]![0]![1]! * Math.PI) / 180);
	const scaled = polygon.map((ring) => ring.map(([x, y]) => [x! * k, y!] as [number, number]));
	const [sx, sy] = polylabel(scaled, 1e-6);
	const exact = [sx / k, sy];
	for (const decimals of [5, 6, 7]) {
		const p = exact.map((v) => Number(v.toFixed(decimals)));
		if (inside(p, polygon)) return { lat: p[1]!, lng: p[0]! };
	}
	return { lat: exact[1]!, lng: exact[0]! };
}

/** One line of text for a YAML comment or the Markdown body: no line breaks, no HTML. */
function oneLine(text: string): string {
	return text
		.replace(/[\r\n\u2028\u2029]+/g, ' ')
		.replace(/</g, '＜')
		.replace(/>/g, '＞')
		.trim();
}

export interface SourceNote {
	/** The input file's name (no folders). */
	file: string;
	/** What the coordinator passed with --source, e.g. 「国土数値情報（小学校区データ）国土交通省」. */
	source?: string;
	/** A comment for the top of the front matter (how the file was made). */
	comment?: string;
}

/** The whole Markdown file of an area. */
export function areaFileText(data: AreaFileData, note: SourceNote): string {
	const front: Record<string, unknown> = { name: data.name };
	if (data.yomi) front['yomi'] = data.yomi;
	front['level'] = data.level;
	if (data.parent) front['parent'] = data.parent;
	front['center'] = { lat: data.center.lat, lng: data.center.lng };
	front['boundary'] = { type: data.boundary.type, coordinates: data.boundary.coordinates };
	const doc = new Document(front);
	(doc.get('center', true) as { flow?: boolean }).flow = true;
	(doc.getIn(['boundary', 'coordinates'], true) as { flow?: boolean }).flow = true;
	if (note.comment) doc.commentBefore = ` ${oneLine(note.comment)}`;
	const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
	const source = note.source ? `${oneLine(note.source)}。元のファイル: ${oneLine(note.file)}` : oneLine(note.file);
	return `---\n${yaml}---\n\n（出典: ${source}）\n`;
}
