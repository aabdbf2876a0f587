import { z } from 'zod'

// Imported first by main.tsx, before any schema is built. Without it zod probes `new Function`
// to decide whether to compile fast parsers, and our CSP (no 'unsafe-eval') reports that probe as
// a violation on every start. The interpreted parsers are plenty fast for our data.
z.config({ jitless: true })
