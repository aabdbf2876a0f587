import { useState } from 'react'
import { plural } from '../../../components/format'
import { useDatabase } from '../../../db/DatabaseContext'
import {
  verifyEvidence,
  type EvidenceProblem,
  type VerificationReport,
} from '../../../db/queries/verify-evidence'
import { shortHash } from '@core/evidence'
import { withoutBidiControls } from '@shared/bidi'
import { showError } from '../../../components/toast-store'

type VerifyState =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; report: VerificationReport }

/**
 * "Verify evidence": re-hashes every original and lists the items whose bytes are missing or
 * no longer match the SHA-256 recorded at capture.
 */
export function VerifyEvidence({ auditId }: { auditId: string }) {
  const db = useDatabase()
  const [status, setStatus] = useState<VerifyState>({ state: 'idle' })
  const run = async () => {
    setStatus({ state: 'running', done: 0, total: 0 })
    try {
      const report = await verifyEvidence(db, auditId, (done, total) =>
        setStatus({ state: 'running', done, total }),
      )
      setStatus({ state: 'done', report })
    } catch (error) {
      setStatus({ state: 'idle' })
      showError(error)
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={status.state === 'running'}
        onClick={() => void run()}
      >
        Verify evidence
      </button>
      <div className="verify-result" role="status">
        {status.state === 'running' && (
          <p className="verify verify--running">
            Verifying {Math.min(status.done + 1, Math.max(status.total, 1))} of {status.total}…
          </p>
        )}
        {status.state === 'done' && <VerifyReport report={status.report} />}
      </div>
    </>
  )
}

function problemWords({ item, problem, actualSha256, source }: EvidenceProblem): string {
  switch (problem) {
    case 'missing':
      return 'its bytes are missing.'
    case 'changed':
      return `its bytes changed since capture (SHA-256 now ${shortHash(actualSha256 ?? '')}, recorded ${shortHash(item.sha256)}).`
    case 'source-changed':
      return `it was made from “${withoutBidiControls(source?.fileName ?? '')}” with SHA-256 ${shortHash(item.derivation?.fromSha256 ?? '')}, but that item now records ${shortHash(source?.sha256 ?? '')}: the link between the two no longer holds.`
  }
}

function VerifyReport({ report }: { report: VerificationReport }) {
  if (report.checked === 0) return <p className="verify">There is no evidence to verify.</p>
  if (report.problems.length === 0) {
    return (
      <p className="verify verify--ok">
        All {plural(report.checked, 'item')} verified: their bytes match the SHA-256 recorded at
        capture.
      </p>
    )
  }
  return (
    <div className="verify verify--failed">
      <p>
        {new Set(report.problems.map(({ item }) => item.id)).size} of{' '}
        {plural(report.checked, 'item')} failed verification:
      </p>
      <ul>
        {report.problems.map((problem) => (
          <li key={`${problem.item.id}:${problem.problem}`}>
            <strong>{withoutBidiControls(problem.item.fileName)}</strong> — {problemWords(problem)}
          </li>
        ))}
      </ul>
    </div>
  )
}
