import { useId, useState } from 'react'
import type { EvidenceRequest } from '@core/audit'

interface EvidenceRequestsProps {
  requests: readonly EvidenceRequest[]
  readOnly: boolean
  onChange: (requests: EvidenceRequest[]) => void
  /** Captures the client's file for an open request and ticks it off. */
  onAttach?: (request: EvidenceRequest) => void
}

/** Evidence asked of the client and not yet received: the to-do list built during the interview. */
export function EvidenceRequests({
  requests,
  readOnly,
  onChange,
  onAttach,
}: EvidenceRequestsProps) {
  const [text, setText] = useState('')
  const inputId = useId()
  const missing = requests.filter((r) => r.receivedAt === undefined).length

  const add = () => {
    const trimmed = text.trim()
    if (!trimmed) return
    onChange([...requests, { id: crypto.randomUUID(), text: trimmed }])
    setText('')
  }

  return (
    <section className="field requests" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} className="field__label">
        Evidence requested
        {requests.length > 0 && (
          <span className="requests__missing">
            {missing === 0 ? 'all received' : `${missing} still missing`}
          </span>
        )}
      </h3>
      {requests.length > 0 && (
        <ul className="requests__list">
          {requests.map((request) => (
            <li key={request.id} className="requests__item">
              <label className="requests__received">
                <input
                  type="checkbox"
                  checked={request.receivedAt !== undefined}
                  disabled={readOnly}
                  onChange={(e) =>
                    onChange(
                      requests.map((r) =>
                        r.id === request.id
                          ? { ...r, receivedAt: e.target.checked ? Date.now() : undefined }
                          : r,
                      ),
                    )
                  }
                />
                <span className={request.receivedAt ? 'requests__done' : undefined}>
                  {request.text}
                </span>
                <span className="visually-hidden"> received</span>
              </label>
              {onAttach && !readOnly && request.receivedAt === undefined && (
                <button
                  type="button"
                  className="button button--small requests__attach"
                  aria-label={`Attach file for: ${request.text}`}
                  onClick={() => onAttach(request)}
                >
                  Attach file…
                </button>
              )}
              <button
                type="button"
                className="button button--icon"
                aria-label={`Remove request: ${request.text}`}
                disabled={readOnly}
                onClick={() => onChange(requests.filter((r) => r.id !== request.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          className="requests__add"
          onSubmit={(e) => {
            e.preventDefault()
            add()
          }}
        >
          <label className="visually-hidden" htmlFor={inputId}>
            Request evidence from the client
          </label>
          <input
            id={inputId}
            className="input"
            placeholder="Ask the client for… (e.g. the on-call rota export)"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button" disabled={!text.trim()}>
            Add request
          </button>
        </form>
      )}
    </section>
  )
}
