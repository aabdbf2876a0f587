import type { ComponentProps } from 'react'
import type { EvidenceItem } from '@core/evidence'
import { useVirtualList } from '../../../components/virtual-list/useVirtualList'
import { LockerItem, lockerItemNameId } from './LockerItem'

type ItemProps = Omit<ComponentProps<typeof LockerItem>, 'item' | 'rowProps'>

interface LockerListProps extends ItemProps {
  shown: EvidenceItem[]
  /** An item "Show" asked for: scrolled to and its name focused, then `onShown`. */
  showing: string | undefined
  onShown: () => void
}

const itemKey = (item: EvidenceItem) => item.id

/**
 * The locker's items near the scroll position only: an audit of thousands of screenshots shows
 * its first screen at once, and each thumbnail is read when its item comes into view.
 */
export function LockerList({ shown, showing, onShown, ...itemProps }: LockerListProps) {
  const list = useVirtualList<EvidenceItem, HTMLUListElement>({
    items: shown,
    keyOf: itemKey,
    estimateSize: 260,
    // Items are tall: two either side cover a fast wheel turn without rendering a second screen.
    overscan: 2,
    showing: { key: showing, focusId: lockerItemNameId, onShown },
  })

  return (
    <ul className="locker-list" aria-label="Evidence items" {...list.listProps}>
      {list.rows.map((row) => (
        <LockerItem
          key={row.key}
          rowProps={list.rowProps(row)}
          item={shown[row.index] as EvidenceItem}
          {...itemProps}
        />
      ))}
    </ul>
  )
}
