import type { ShareOutcome } from '../../team/share-audit'
import type { SharePeople } from '../../team/share-audit'

/** What the share dialog says once the workspace has taken the people of the audit. */
export function describeShareOutcome(outcome: ShareOutcome, people: SharePeople): string {
  if (outcome.state === 'waiting-for-admin')
    return "Waiting for the firm's admin to create the audit's database on the server (they run npm run team:provision -- --shared-audits); it syncs as soon as that is done."
  const names = [...people.consultants, ...people.reviewers.map((name) => `${name} (reviewer)`)]
  return names.length > 0 ? `Shared: ${names.join(', ')}.` : 'Shared: nobody else is on it yet.'
}
