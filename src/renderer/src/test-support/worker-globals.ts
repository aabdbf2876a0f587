// PouchDB's browser build reads `self` (a window or worker global) when it loads; Node has none.
;(globalThis as { self?: unknown }).self ??= globalThis
