import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { interviewOrder, snapshotContent, type InterviewStep } from '@core/audit'
import { builtinPack, questionKey } from '@core/content'
import { QuestionSelect } from './QuestionSelect'

const order = interviewOrder(
  snapshotContent(
    'a1',
    [builtinPack],
    builtinPack.sections.map((s) => s.id),
  ),
)

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" }
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#x27);/g, (_, e: string) => ENTITIES[e]!)

/** Each option as [value, label], in the order the select lists them. */
function optionsOf(html: string): Array<[string, string]> {
  return [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [
    decode(m[1]!),
    decode(m[2]!),
  ])
}

/** The select's markup, offering `questions` after the `leading` options. */
function render(questions: InterviewStep[], leading: ReactNode = null): string {
  return renderToStaticMarkup(
    <QuestionSelect
      id="q"
      className="input select"
      value=""
      onChange={() => {}}
      questions={questions}
    >
      {leading}
    </QuestionSelect>,
  )
}

describe('QuestionSelect', () => {
  it('lists the leading options, then each question by key as "Q<n> · prompt"', () => {
    const [first, second] = order
    const html = render([first!, second!], <option value="">All questions</option>)
    expect(html).toMatch(/^<select id="q" class="input select">/)
    expect(optionsOf(html)).toEqual([
      ['', 'All questions'],
      [questionKey(first!.sectionId, first!.question.id), `Q1 · ${first!.question.prompt}`],
      [questionKey(second!.sectionId, second!.question.id), `Q2 · ${second!.question.prompt}`],
    ])
  })

  it('numbers a question by its place in the whole interview, not in the list offered', () => {
    const third = order[2]!
    expect(optionsOf(render([third])).map(([, label]) => label)).toEqual([
      `Q3 · ${third.question.prompt}`,
    ])
  })

  it('when lazy, offers only the chosen question until the select is reached', () => {
    const [first, second, third] = order
    const chosen = questionKey(second!.sectionId, second!.question.id)
    const lazy = (value: string) =>
      renderToStaticMarkup(
        <QuestionSelect
          id="q"
          className="input select"
          value={value}
          onChange={() => {}}
          questions={[first!, second!, third!]}
          lazy
        >
          <option value="">Link to another question…</option>
        </QuestionSelect>,
      )
    expect(optionsOf(lazy(''))).toEqual([['', 'Link to another question…']])
    expect(optionsOf(lazy(chosen)).map(([value]) => value)).toEqual(['', chosen])
  })
})
