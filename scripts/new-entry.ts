/**
 * npm run new [-- --kind salon --area aoba --slug yuuhi-cafe]: creates a salon, resource, volunteer opening,
 * meeting report, area or local issue from a template whose every field is explained in Japanese. Asks for
 * what is not given, and asks again after a wrong answer. Never overwrites a file. `--help` explains itself.
 * The command is scripts/lib/new-entry-command.ts.
 */
import { newEntryCommand } from './lib/new-entry-command.ts';

process.exitCode = await newEntryCommand(process.argv.slice(2));
