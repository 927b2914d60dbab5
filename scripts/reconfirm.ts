/**
 * npm run reconfirm [-- --due-months 11] [--month 2027-04] [--out folder] [--force] [--no-pdf]
 * A yearly confirmation campaign in one folder: the entries not confirmed for N months, grouped by who can confirm
 * them, as worklist.csv, one A4 sheet per contact (HTML; and every sheet in sheets.html and sheets.pdf, rendered by one
 * Chromium call, each contact on its own pages), an .eml per contact with an e-mail address, and index.html. Today is
 * SASAEAI_TODAY or Tokyo's date (buildDate, as the site's build). The options are read in
 * scripts/lib/reconfirm-command.ts, the work is in src/lib/reconfirm/.
 */
import { reconfirmCommand } from './lib/reconfirm-command.ts';

process.exitCode = await reconfirmCommand(process.argv.slice(2));
