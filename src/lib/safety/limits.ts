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
