import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
} from 'react'
import { defaultRangeExtractor, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { takesTyping } from '../text-field'
import { rowAfterKey, withPinnedRow } from './row-keys'
import { offsetWithin, ownsArrowKeys, scrollParentOf } from './scroll-parent'

/** What every rendered row carries: its place for the virtualizer and for screen readers. */
export interface VirtualRowProps {
  ref: (element: HTMLElement | null) => void
  'data-index': number
  'aria-setsize': number
  'aria-posinset': number
  tabIndex: -1
  style: CSSProperties
}

interface PendingFocus {
  key: string
  pick?: ((row: HTMLElement) => HTMLElement | null) | undefined
}

interface Options<T> {
  items: readonly T[]
  /** A stable function (module level): the row's React key and the measurement cache's. */
  keyOf: (item: T) => string
  /** A first guess of a row's height, in pixels, before it is measured. */
  estimateSize: number
  overscan?: number
  /**
   * Lists this short render every row: they gain nothing from leaving rows out, and the
   * browser's find-in-page then sees all of them.
   */
  renderAllUpTo?: number
  /**
   * A row to bring into view and focus (a "Show" button's, a search result's), by key, then
   * `onShown`. `focusId` names the element inside the row that takes the focus.
   */
  showing?: { key: string | undefined; focusId: (key: string) => string; onShown: () => void }
}

export interface VirtualList<L extends HTMLElement> {
  listProps: {
    ref: (element: L | null) => void
    onKeyDown: (event: KeyboardEvent<L>) => void
    onFocus: (event: FocusEvent<L>) => void
    style: CSSProperties
  }
  /** The rows to render, in order: a screenful around the scroll position, and the focused row. */
  rows: VirtualItem[]
  rowProps: (row: VirtualItem) => VirtualRowProps
  /** Scrolls to row `index`, renders it, and focuses it (or what `pick` chooses inside it). */
  focusRow: (index: number, pick?: (row: HTMLElement) => HTMLElement | null) => void
}

/**
 * A list that renders only the rows near the scroll position, whatever its length, inside the
 * screen's own scrolling `.page`. Rows keep the list semantics (aria-setsize, aria-posinset) and
 * Up/Down/Home/End move the focus between rows, scrolling to rows not yet rendered. The row
 * holding the focus stays rendered when scrolled away, so a caption being typed or a dialog's
 * return target is never lost.
 */
export function useVirtualList<T, L extends HTMLElement = HTMLElement>({
  items,
  keyOf,
  estimateSize,
  overscan = 4,
  renderAllUpTo = 30,
  showing,
}: Options<T>): VirtualList<L> {
  const list = useRef<L | null>(null)
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const [layout, setLayout] = useState({ margin: 0, gap: 0 })
  const [focusedKey, setFocusedKey] = useState<string>()
  const pendingFocus = useRef<PendingFocus | undefined>(undefined)
  const [, rerender] = useState(0)

  const count = items.length
  const getItemKey = useCallback((index: number) => keyOf(items[index] as T), [items, keyOf])
  const pinned = useMemo(
    () => (focusedKey === undefined ? undefined : items.findIndex((i) => keyOf(i) === focusedKey)),
    [items, keyOf, focusedKey],
  )

  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>({
    count,
    getItemKey,
    estimateSize: () => estimateSize,
    overscan,
    getScrollElement: () => scroller,
    scrollMargin: layout.margin,
    gap: layout.gap,
    // The first render, before the scroller is known, shows a screenful rather than nothing.
    initialRect: { width: 0, height: window.innerHeight },
    rangeExtractor: (range) =>
      count <= renderAllUpTo
        ? Array.from({ length: count }, (_, i) => i)
        : withPinnedRow(defaultRangeExtractor(range), pinned),
    // Flushing synchronously from a scroll event blocks the main thread and React 19 warns.
    useFlushSync: false,
  })

  useLayoutEffect(() => {
    if (list.current) setScroller(scrollParentOf(list.current))
  }, [])

  // Where the list starts in the scrolled page moves with what is above it (filters, notices):
  // measured again whenever the page's content changes size.
  useLayoutEffect(() => {
    const element = list.current
    if (!element || !scroller) return
    const measure = () => {
      const margin = offsetWithin(element, scroller)
      const gap = parseFloat(getComputedStyle(element).rowGap) || 0
      setLayout((prev) => (prev.margin === margin && prev.gap === gap ? prev : { margin, gap }))
    }
    measure()
    const observer = new ResizeObserver(measure)
    for (const child of scroller.children) observer.observe(child)
    return () => observer.disconnect()
  }, [scroller])

  // A row asked for by focusRow is focused as soon as it is rendered.
  useLayoutEffect(() => {
    const pending = pendingFocus.current
    const index = pending ? items.findIndex((i) => keyOf(i) === pending.key) : -1
    if (!pending || index < 0) return
    const row = list.current?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`)
    if (!row) return
    pendingFocus.current = undefined
    ;(pending.pick?.(row) ?? row).focus()
  })

  const focusRow = useCallback(
    (index: number, pick?: (row: HTMLElement) => HTMLElement | null) => {
      const item = items[index]
      if (item === undefined) return
      pendingFocus.current = { key: keyOf(item), pick }
      setFocusedKey(keyOf(item))
      virtualizer.scrollToIndex(index, { align: 'auto' })
      rerender((n) => n + 1)
    },
    [items, keyOf, virtualizer],
  )

  const showKey = showing?.key
  const { focusId, onShown } = showing ?? {}
  useEffect(() => {
    if (showKey === undefined || !focusId || !onShown) return
    const index = items.findIndex((item) => keyOf(item) === showKey)
    if (index < 0) return
    focusRow(index, (row) => row.querySelector(`#${CSS.escape(focusId(showKey))}`))
    onShown()
  }, [showKey, focusId, onShown, items, keyOf, focusRow])

  const rowOf = (target: EventTarget): HTMLElement | null => {
    if (!(target instanceof Element)) return null
    const row = target.closest<HTMLElement>('[data-index]')
    return row && row.parentElement === list.current ? row : null
  }

  const onKeyDown = (event: KeyboardEvent<L>) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.shiftKey) return
    const target = event.target as Element
    if (takesTyping(target) || ownsArrowKeys(target)) return
    const row = rowOf(target)
    if (!row) return
    const next = rowAfterKey(event.key, Number(row.dataset.index), count)
    if (next === undefined) return
    event.preventDefault()
    focusRow(next)
  }

  const onFocus = (event: FocusEvent<L>) => {
    const row = rowOf(event.target)
    const item = row ? items[Number(row.dataset.index)] : undefined
    if (item !== undefined) setFocusedKey(keyOf(item))
  }

  const setList = useCallback((element: L | null) => {
    list.current = element
  }, [])

  const rowProps = ({ index, start }: VirtualItem): VirtualRowProps => {
    return {
      ref: virtualizer.measureElement,
      'data-index': index,
      'aria-setsize': count,
      'aria-posinset': index + 1,
      tabIndex: -1,
      style: {
        position: 'absolute',
        top: 0,
        insetInline: 0,
        transform: `translateY(${start - layout.margin}px)`,
      },
    }
  }

  return {
    listProps: {
      ref: setList,
      onKeyDown,
      onFocus,
      style: { position: 'relative', height: virtualizer.getTotalSize() },
    },
    rows: virtualizer.getVirtualItems(),
    rowProps,
    focusRow,
  }
}
