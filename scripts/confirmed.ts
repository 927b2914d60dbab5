/**
 * npm run confirmed -- <ID or file>… --by 電話 [--date 2026-12-10] [--status 休止中 --note …]
 * npm run confirmed -- --from worklist.csv [--by 電話]
 * Records confirmations: changes only last_confirmed and confirmed_by (and status, with a note in the body) and keeps
 * every other byte of each file. Entries that cannot be recorded are listed in Japanese (with the CSV line for
 * --from); the others are still recorded, and the exit code is 1. The options are read in
 * scripts/lib/confirmed-command.ts, the work is in src/lib/reconfirm/.
 */
import { confirmedCommand } from './lib/confirmed-command.ts';

process.exitCode = await confirmedCommand(process.argv.slice(2));
