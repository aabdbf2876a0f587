import { editionNotice } from '@core/audit'
import type { ReportCover as Cover } from '@core/report/model'

/** The cover page, as Word's: logo, title, subtitle, the audit's details and the marking. */
export function ReportCover({ cover, logoUrl }: { cover: Cover; logoUrl: string | undefined }) {
  const details: Array<[string, string]> = [
    ['Client', cover.client],
    ['System audited', cover.system],
    ['Prepared by', [cover.auditors.join(', '), cover.firm].filter(Boolean).join(', ')],
    ['Date', cover.date],
  ]
  return (
    <header className="report-doc__cover">
      {cover.logoMediaId && logoUrl && (
        <img
          className="report-doc__logo"
          src={logoUrl}
          alt={`Logo of ${cover.firm || 'the firm'}`}
        />
      )}
      <h1 className="report-doc__title">{cover.title}</h1>
      <p className="report-doc__subtitle">{cover.subtitle}</p>
      <dl className="report-doc__cover-details">
        {details.map(([label, value]) => (
          <div key={label}>
            <dt>{label}:</dt> <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {cover.marking && <p className="report-doc__marking">{cover.marking}</p>}
      {editionNotice(cover.edition) && (
        <p className="report-doc__edition">{editionNotice(cover.edition)}</p>
      )}
    </header>
  )
}
