// Runs before the app's module scripts: a classic script from the app's own origin, which the CSP
// allows (inline script is not). zod 4 keeps its global config on this object and reads
// `jitless` the first time a schema parses an object; without it, zod probes `new Function`,
// which the CSP (no 'unsafe-eval') reports as a violation. Set here, it holds for every chunk,
// however the bundle is split and in whatever order its modules run. `zod-config.ts` says the
// same for workers and the benchmark page, which do not load this file.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true }
