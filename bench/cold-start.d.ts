// Set on the app's own page (not the harness) by scripts/bench.mjs's cold-start observer: when the
// audits list showed all its rows, on the page's clock.
declare global {
  interface Window {
    __benchShownAt?: number
    /** The longest main-thread task seen by the PDF row's print view, in ms. */
    __benchLongestTask?: number
    /** The image editor row's long tasks on the app's page, on the page's clock. */
    __benchTasks?: Array<{ start: number; duration: number }>
  }
}

export {}
