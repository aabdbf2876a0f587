import type { ReportStyleName } from '@core/report/docx/template'

/** Which of the report's styles the template provides, and which keep Audit Workbook's look. */
export function TemplateStyleLists({
  coverage,
}: {
  coverage: { provided: ReportStyleName[]; fallback: ReportStyleName[] }
}) {
  return (
    <div className="word-template__styles">
      <StyleList
        id="template-provided"
        title={`From the template (${coverage.provided.length})`}
        styles={coverage.provided}
        empty="None of the report’s styles: the template gives only its page, header and footer."
      />
      <StyleList
        id="template-fallback"
        title={`Audit Workbook’s own (${coverage.fallback.length})`}
        styles={coverage.fallback}
        empty="None: the template provides every style the report uses."
      />
    </div>
  )
}

function StyleList(props: { id: string; title: string; styles: ReportStyleName[]; empty: string }) {
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id} className="word-template__list-title">
        {props.title}
      </h3>
      {props.styles.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="word-template__list" aria-labelledby={props.id}>
          {props.styles.map((style) => (
            <li key={style.id}>{style.name}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
