import { useCaptureProgress } from './capture/capture-store'

/** "Adding 3 of 20…" while evidence is being added, and what was refused, until dismissed. */
export function CaptureStatus() {
  const { total, done, problems, dismissProblems } = useCaptureProgress()
  const busy = total > 0
  return (
    <>
      <div className="capture-status" role="status">
        {busy && (
          <>
            <span>
              Adding {done + 1} of {total}…
            </span>
            <progress
              className="capture-status__bar"
              max={total}
              value={done}
              aria-label="Evidence being added"
            />
          </>
        )}
      </div>
      {problems.length > 0 && (
        <div className="capture-problems" role="alert">
          <ul className="capture-problems__list">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
          <button type="button" className="button button--small" onClick={dismissProblems}>
            Dismiss
          </button>
        </div>
      )}
    </>
  )
}
