/**
 * GeoJSON (RFC 7946) features for a 校区: its boundary and a point for every listing with coordinates.
 * Properties are plain text (the map builds popups from them as text nodes). Used by the map's data files
 * and the open-data exports.
 */
import type { Boundary } from '../schemas/areas.ts';

export interface PointFeature {
	type: 'Feature';
	geometry: { type: 'Point'; coordinates: [number, number] };
	properties: { name: string; url: string; kind: string; when?: string; place?: string };
}
export interface BoundaryFeature {
	type: 'Feature';
	geometry: Boundary;
	properties: { name: string; kind: '校区' };
}
export interface AreaFeatures {
	type: 'FeatureCollection';
	features: (BoundaryFeature | PointFeature)[];
}

export interface Mappable {
	name: string;
	url: string;
	kind: string;
	when?: string | undefined;
	place?: { name: string; location?: { lat: number; lng: number } | undefined } | undefined;
}

/** Points for the listings that have coordinates, in GeoJSON's [longitude, latitude] order. */
export function pointFeatures(items: readonly Mappable[]): PointFeature[] {
	return items.flatMap((item) =>
		item.place?.location
			? [
					{
						type: 'Feature' as const,
						geometry: { type: 'Point' as const, coordinates: [item.place.location.lng, item.place.location.lat] as [number, number] },
						properties: {
							name: item.name,
							url: item.url,
							kind: item.kind,
							...(item.when ? { when: item.when } : {}),
							place: item.place.name,
						},
					},
				]
			: [],
	);
}

export function areaFeatures(name: string, boundary: Boundary | undefined, items: readonly Mappable[]): AreaFeatures {
	return {
		type: 'FeatureCollection',
		features: [
			...(boundary ? [{ type: 'Feature' as const, geometry: boundary, properties: { name, kind: '校区' as const } }] : []),
			...pointFeatures(items),
		],
	};
}
