/**
 * The one `z` every schema module uses: Astro's zod, with zod's built-in messages in Japanese
 * ("認識されていないキー" for an unknown key, and so on), so the build and `npm run check` speak the same language.
 */
import { z } from 'astro/zod';

z.config(z.locales.ja());

export { z };
