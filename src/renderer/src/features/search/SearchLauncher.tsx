import { useEffect, useState } from 'react'
import { lazyScreen } from '../../components/lazy-screen'
import { isSearchShortcut } from './search-shortcut'

// Loaded at the first search: the start of the app does not wait for it.
const SearchDialog = lazyScreen(() => import('./SearchDialog'), 'SearchDialog')

const onMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

/** The app bar's Search button and the shortcut that opens the same search from any screen. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false)
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return
      event.preventDefault()
      setLoaded(true)
      setOpen(true)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return (
    <>
      <button
        type="button"
        className="shell__search"
        aria-keyshortcuts={onMac ? 'Meta+K' : 'Control+K'}
        onClick={() => {
          setLoaded(true)
          setOpen(true)
        }}
      >
        Search <kbd aria-hidden="true">{onMac ? '⌘K' : 'Ctrl+K'}</kbd>
      </button>
      {loaded && <SearchDialog open={open} onClose={() => setOpen(false)} />}
    </>
  )
}
