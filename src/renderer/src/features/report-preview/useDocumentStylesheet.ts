import { useEffect } from 'react'

/**
 * Adds a stylesheet to the document while the component is shown. A constructed stylesheet, not
 * a <style> element: the app's Content-Security-Policy (style-src 'self') refuses inline styles.
 */
export function useDocumentStylesheet(css: string): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }, [css])
}
