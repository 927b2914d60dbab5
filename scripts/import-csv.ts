/**
 * npm run import -- <file> [--layout …] [--area <校区 id>] [--confirmed 2026-06-30] [--dataset 名前] [--map 列名=項目]
 *   [--map-file mapping.yaml] [--provider 名前] [--provider-type 種類] [--summary 文] [--keep-extra report|body]
 *   [--only-town | --all-towns] [--geocode] [--dry-run] [--force ファイル] [--report path]
 * Reads the MHLW 通いの場 open data, the 子ども食堂・こどもの居場所 list, a 公共施設一覧 (legacy or current layout,
 * English property names), an イベント一覧 or a city's own columns, as CSV, TSV, UTF-16 text or an Excel workbook,
 * and writes one entry (or a draft) per row; every row is accounted for in the report. The options are read in
 * scripts/lib/import-command.ts and the work is in src/lib/import/run.ts; docs/import.md explains it for coordinators.
 */
import { importCommand } from './lib/import-command.ts';

process.exitCode = await importCommand(process.argv.slice(2));
