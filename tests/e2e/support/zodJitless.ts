/**
 * Imported first by deviceHooks.ts. The app's CSP forbids eval, and the app's own zod finds that
 * out and validates without compiled parsers. Evaluated from DevTools, the hooks' copy of zod would
 * wrongly find eval allowed when its schemas are built, and fail later: it is told up front.
 */
import { config } from 'zod';

config({ jitless: true });
