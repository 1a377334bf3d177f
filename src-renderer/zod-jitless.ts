import { z } from 'zod';

// The page's CSP allows no eval. Zod finds that out by trying `new Function` as its first object schema is built,
// which the browser reports as a CSP violation, then falls back to this same mode: it is told so instead. Imported
// first by main.tsx, as the API contract's schemas are built when their modules load.
z.config({ jitless: true });
