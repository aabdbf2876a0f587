import type { ReactNode } from 'react'
import type { Section } from '@core/content'
import { MaturityLadder } from './MaturityLadder'
import { CheckDetail } from './CheckDetail'
import { SectionExport } from './sheets/ExportButtons'

/** `actions`: the section's buttons (edit, duplicate), under its title. */
export function SectionDetail({ section, actions }: { section: Section; actions?: ReactNode }) {
  return (
    <article className="section-detail" aria-labelledby="section-title">
      <header className="section-detail__header">
        <p className="eyebrow">
          Section {section.number} · {section.category}
        </p>
        <h2 id="section-title" className="section-detail__title">
          {section.title}
        </h2>
        <p className="lead">{section.summary}</p>
        {actions}
        {section.introduction && <p>{section.introduction}</p>}
      </header>

      <section className="card goal" aria-labelledby="goal-title">
        <h3 id="goal-title" className="card__title">
          The goal: {section.goal.headline}
        </h3>
        <p>{section.goal.text}</p>
      </section>

      <MaturityLadder outcomes={section.outcomes} />

      {section.preparation.length > 0 && (
        <section className="card" aria-labelledby="prep-title">
          <h3 id="prep-title" className="card__title">
            Before you start
          </h3>
          <ul className="prep-list">
            {section.preparation.map((item) => (
              <li key={item.id}>
                {item.text}
                {item.kind === 'fact' && item.factLabel && (
                  <span className="tag">Record: {item.factLabel}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="checks-title">
        <h3 id="checks-title" className="block-title">
          Checks and questions
        </h3>
        {section.checks.map((check) => (
          <CheckDetail key={check.id} check={check} outcomes={section.outcomes} />
        ))}
      </section>

      <SectionExport sectionId={section.id} />
    </article>
  )
}
