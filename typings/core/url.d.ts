// The one web-platform global src/core may use: the WHATWG URL parser, which Node, the renderer
// and workers all have. Declared here, for tsconfig.core.json only, as far as src/core uses it:
// the DOM and Node typings, which declare it in full, would also bring timers and `process`.
declare class URL {
  constructor(url: string, base?: string)
  readonly host: string
  readonly protocol: string
}
