import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react'

/** The width of an element's content box in whole CSS pixels, kept up to date as it resizes. */
export function useContentWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/**
 * Listens for the next change of `devicePixelRatio` (a zoom, or the window moved to another
 * screen): a media query matches one ratio, so each change sets up the query for the new one.
 */
function subscribeToPixelRatio(onChange: () => void): () => void {
  let query: MediaQueryList
  const changed = () => {
    listen()
    onChange()
  }
  const listen = () => {
    query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
    query.addEventListener('change', changed, { once: true })
  }
  listen()
  return () => query.removeEventListener('change', changed)
}

/** Device pixels per CSS pixel, re-read when it changes. */
export function useDevicePixelRatio(): number {
  return useSyncExternalStore(subscribeToPixelRatio, () => window.devicePixelRatio)
}
