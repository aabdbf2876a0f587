import type { ReportCover as Cover } from '@core/report/model'
import { coverDetails, reportText, type ReportLanguage } from '@core/report/text'

interface ReportCoverProps {
  cover: Cover
  language: ReportLanguage
  logoUrl: string | undefined
}

/**
 * The cover page, as Word's: logo, title, subtitle, the audit's details and the marking, in the
 * report's language and with the very labels the Word cover writes (`coverDetails`).
 */
export function ReportCover({ cover, language, logoUrl }: ReportCoverProps) {
  const words = reportText(language)
  const notice = words.editionNotice(cover.edition)
  return (
    <header className="report-doc__cover">
      {cover.logoMediaId && logoUrl && (
        <img
          className="report-doc__logo"
          src={logoUrl}
          alt={words.cover.logoAltText({ firm: cover.firm })}
        />
      )}
      <h1 className="report-doc__title">{cover.title}</h1>
      <p className="report-doc__subtitle">{cover.subtitle}</p>
      <dl className="report-doc__cover-details">
        {coverDetails(cover, words).map(({ label, value }) => (
          <div key={label}>
            <dt>{label}</dt> <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {cover.marking && <p className="report-doc__marking">{cover.marking}</p>}
      {notice && <p className="report-doc__edition">{notice}</p>}
    </header>
  )
}
