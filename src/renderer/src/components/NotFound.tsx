import { Link } from 'wouter'

/** Where a link points at something deleted meanwhile: say so and offer the way back. */
export function NotFound({ what }: { what: string }) {
  return (
    <main className="screen-message">
      <h1>{what} no longer exists</h1>
      <Link href="/audits">Back to audits</Link>
    </main>
  )
}
