import { memo, type FunctionComponent } from 'react'
import type { VirtualRowProps } from './useVirtualList'

/** Whether two rows' placement props would render the same (a new object each scroll frame). */
export function sameRowProps(a: VirtualRowProps, b: VirtualRowProps): boolean {
  return (
    a.ref === b.ref &&
    a['data-index'] === b['data-index'] &&
    a['aria-setsize'] === b['aria-setsize'] &&
    a.style.transform === b.style.transform
  )
}

/**
 * A row component rendered again only when its own props change: while the list scrolls, the
 * rows already shown keep their render and only the rows coming into view are rendered.
 */
export function memoRow<P extends { rowProps: VirtualRowProps }>(
  Row: FunctionComponent<P>,
): FunctionComponent<P> {
  return memo(Row, (before, after) => {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof P>
    for (const key of keys) {
      if (key === 'rowProps') {
        if (!sameRowProps(before.rowProps, after.rowProps)) return false
      } else if (before[key] !== after[key]) return false
    }
    return true
  }) as FunctionComponent<P>
}
