/**
 * The relay's entry for Cloudflare Workers (relay/wrangler.toml `main`): only the default export, since Workers
 * take every named export of the entry module for a handler. The relay itself is relay/relay.ts.
 */
import { createRelay } from './relay.ts';

export default createRelay();
