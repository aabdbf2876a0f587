// Set on the app's own page (not the harness) by scripts/bench.mjs's cold-start observer: when the
// audits list showed all its rows, on the page's clock.
declare global {
  interface Window {
    __benchShownAt?: number
  }
}

export {}
