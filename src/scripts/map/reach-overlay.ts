/**
 * The layer of the places out of walking reach on a 校区 map: each census mesh with people aged 65+ who have no
 * place to go within the distance, drawn as a rectangle with a diagonal hatch (an SVG pattern, so it reads in
 * black and white and over any tiles, not by colour alone). The rectangles take no taps (the markers stay
 * usable); their words are in the table below the map. Loaded only when 「歩いて行ける範囲の外（65歳以上）」 is tapped.
 */
import L from 'leaflet';

const SVG = 'http://www.w3.org/2000/svg';
export const HATCH_ID = 'reach-hatch';

/** Puts the hatch pattern into the map's SVG once (fill="url(#reach-hatch)" finds it by id). */
function addHatch(svg: SVGSVGElement): void {
	if (svg.querySelector(`#${HATCH_ID}`)) return;
	const defs = document.createElementNS(SVG, 'defs');
	const pattern = document.createElementNS(SVG, 'pattern');
	const attrs = { id: HATCH_ID, width: '8', height: '8', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' };
	for (const [k, v] of Object.entries(attrs)) pattern.setAttribute(k, v);
	const ground = document.createElementNS(SVG, 'rect');
	for (const [k, v] of Object.entries({ width: '8', height: '8', fill: '#fff3e8', 'fill-opacity': '0.45' })) ground.setAttribute(k, v);
	const line = document.createElementNS(SVG, 'line');
	for (const [k, v] of Object.entries({ x1: '1', y1: '0', x2: '1', y2: '8', stroke: '#7a2e00', 'stroke-width': '2.5' }))
		line.setAttribute(k, v);
	pattern.append(ground, line);
	defs.append(pattern);
	svg.prepend(defs);
}

export function addReachLayer(map: L.Map, data: GeoJSON.FeatureCollection): L.GeoJSON {
	const layer = L.geoJSON(data, {
		style: { color: '#7a2e00', weight: 2, opacity: 0.9, fillColor: `url(#${HATCH_ID})`, fillOpacity: 1, className: 'reach-mesh' },
		interactive: false,
	}).addTo(map);
	const svg = map.getPanes().overlayPane.querySelector('svg');
	if (svg) addHatch(svg);
	return layer;
}
