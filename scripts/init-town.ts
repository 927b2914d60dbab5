/**
 * npm run init-town: starts a town's own content/ — its site.yaml and the area file of the municipality —
 * asking for what is not given on the command line. Never overwrites without --force. After it, the town
 * adds its 校区・地区 (npm run import-areas or npm run new -- --kind area) and its entries. The command itself is
 * scripts/lib/init-town-command.ts.
 */
import { initTownCommand } from './lib/init-town-command.ts';

process.exitCode = await initTownCommand(process.argv.slice(2));
