/**
 * npm run import-areas -- <file.shp | file.geojson> [--name-field 属性] [--filter 属性=値] [--dry-run] [--force] …
 *
 * Turns a boundary file (国土数値情報 A27 小学校区, a city's 通学区域 Shapefile in a 平面直角座標系, or GeoJSON) into
 * one area file per 校区 in content/areas/: name, reading, level, parent, a centre inside the boundary, and the
 * boundary reprojected to WGS84 and simplified to a vertex budget without gaps or overlaps between neighbours.
 * It never overwrites a file unless --force is given; --dry-run shows what it would write and writes nothing.
 * Every message is in Japanese; bad input ends with exit code 1 and a message, never a stack trace.
 * Usage and choices are explained in docs/import-areas.md.
 */
import { importAreasCommand } from './lib/import-areas-command.ts';

process.exitCode = await importAreasCommand(process.argv.slice(2));
