/**
 * Limits that keep one file from making the build slow or the site large. Each is checked where the thing is
 * read (the file policy, the schemas, the export writers), with a Japanese message naming the limit.
 */
export const LIMITS = {
	/** A content file, in bytes (a long meeting report is about 10 KB; a boundary of 300 points about 8 KB). */
	fileBytes: 100 * 1024,
	/** A Markdown body, in characters. */
	bodyChars: 20_000,
	/** A one-line field, in characters (a summary or a note of a few sentences fits). */
	lineChars: 500,
	/** Rules in one schedule (毎週火曜 and 第1土曜 are two). */
	scheduleRules: 8,
	/** Single closed days in one schedule. */
	closedDates: 60,
	/** Every date is within these years. */
	yearMin: 1900,
	yearMax: 2100,
	/** A schedule starts on or after this day (counting 隔週 from year 0001 is not a thing anyone means). */
	scheduleFloor: '2000-01-01',
	/** Dated rows one entry may add to an export (events.csv covers three months: a daily salon has about 92). */
	occurrencesPerEntry: 100,
	/** Dated rows in one export file. */
	occurrencesPerFile: 50_000,
	/** Items in any list field (fields, participants, agenda …). */
	listItems: 100,
	/**
	 * Levels of nesting in a body (quotes, lists, emphasis, MDX components, brackets) and in front matter's
	 * `[ ]` `{ }`. A real page nests four or five; the processors' trees recurse, and 19,000 levels crash them.
	 */
	nestingDepth: 20,
} as const;

export const kib = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * Limits on the files `npm run import` reads (a town's lists: CSV, TSV, UTF-16 text, .xlsx). Checked before the
 * file is read or unpacked (`src/lib/import/encodings.ts` `importFileProblem`, `src/lib/safety/xlsx-guard.ts`), so
 * a hostile file is refused without being unpacked past these numbers (a 1 MB zip bomb of 1 GB: refused in
 * 42 ms, the whole command under 100 MB of memory), with a Japanese message naming the file and the limit. Real lists are far below them (every real list in tests/fixtures/import/ is under 1 MB;
 * a prefecture-wide list of a few thousand rows is a few MB).
 */
export const IMPORT_LIMITS = {
	/** A file given to `npm run import` (CSV, TSV, text or .xlsx), in bytes. */
	fileBytes: 20 * 1024 * 1024,
	/** Files inside an .xlsx (a workbook has about 10–30). */
	xlsxEntries: 1_000,
	/** All files of an .xlsx unpacked, in bytes (checked on the sizes the archive declares, then while unpacking). */
	xlsxUnpackedBytes: 50 * 1024 * 1024,
	/** Rows of a worksheet (the last row holding a cell). */
	xlsxRows: 100_000,
	/** Columns of a worksheet (the last column holding a cell): 1,000 is column ALL. */
	xlsxColumns: 1_000,
	/** Cells of a worksheet, rows × columns of the range that holds cells. */
	xlsxCells: 2_000_000,
	/** Strings in the shared strings table (xl/sharedStrings.xml). */
	xlsxSharedStrings: 500_000,
	/**
	 * A boundary file given to `npm run import-areas` (.shp, its .dbf, or .geojson), in bytes. A prefecture's
	 * 国土数値情報 小学校区 Shapefile is some tens of MB; a GeoJSON is parsed whole, so it is the tighter case.
	 */
	boundaryFileBytes: 200 * 1024 * 1024,
} as const;

export const mib = (bytes: number) =>
	bytes >= 1024 * 1024 * 1024 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.max(1, Math.round(bytes / 1024 ** 2))} MB`;
