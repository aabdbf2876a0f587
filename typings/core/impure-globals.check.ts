// Compiled with src/core by tsconfig.core.json, never imported or run. It proves that src/core
// cannot reach the platform: if a change to that config, or a dependency's typings, gives src/core
// one of these globals, its `@ts-expect-error` goes unused and `npm run typecheck` fails.

// @ts-expect-error Node's process
void process
// @ts-expect-error Node's Buffer
void Buffer
// @ts-expect-error timers (time comes in as an argument)
void setTimeout
// @ts-expect-error timers
void setInterval
// @ts-expect-error timers
void queueMicrotask
// @ts-expect-error the clock (time comes in as an argument)
void performance
// @ts-expect-error the DOM
void window
// @ts-expect-error the DOM
void document
// @ts-expect-error logging belongs to the callers
void console

export {}
