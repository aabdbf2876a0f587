import type { ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { SearchLauncher } from '../features/search/SearchLauncher'
import { TeamStatusIndicator } from '../features/team/TeamStatusIndicator'

const NAV_ITEMS = [
  { href: '/audits', label: 'Audits' },
  { href: '/library', label: 'Library' },
  { href: '/settings', label: 'Settings' },
] as const

/**
 * The window's frame: the product name, the main navigation, search, the team workspace's status
 * (only when one is connected), notices that concern every
 * screen (storage nearly full), and the current screen.
 */
export function AppShell({ children, notices }: { children: ReactNode; notices?: ReactNode }) {
  const [location] = useLocation()
  return (
    <div className="shell">
      <header className="shell__bar">
        <span className="shell__brand">Audit Workbook</span>
        <nav aria-label="Main">
          <ul className="shell__nav">
            {NAV_ITEMS.map((item) => {
              const current = location.startsWith(item.href)
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="shell__nav-link"
                    aria-current={current ? 'page' : undefined}
                  >
                    {item.label}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
        <SearchLauncher />
        <TeamStatusIndicator />
      </header>
      {notices}
      <div className="shell__content">{children}</div>
    </div>
  )
}
