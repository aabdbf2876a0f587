import type { ReactNode } from 'react'
import { ItemProblem } from './DraftField'
import { fieldDomId } from './field-ids'

/**
 * A part of the draft (the ladder, the checks) or one item in it, with the problem about it as a
 * whole under its heading. Focusable, so a problem with no field of its own can be gone to.
 */

interface EditorBlockProps {
  /** The list's path, as problems name it: `section.outcomes`. */
  field: string
  title: string
  /** A card, or plain for a part whose items are cards. */
  card?: boolean
  children: ReactNode
}

export function EditorBlock({ field, title, card = true, children }: EditorBlockProps) {
  const id = fieldDomId(field)
  return (
    <section
      className={card ? 'card editor-block' : 'editor-block'}
      aria-labelledby={`${id}-title`}
      id={id}
      tabIndex={-1}
    >
      <h2 id={`${id}-title`} className={card ? 'card__title' : 'block-title'}>
        {title}
      </h2>
      <ItemProblem field={field} />
      {children}
    </section>
  )
}

interface EditorItemProps {
  /** The item's path: `section.checks.1`. */
  field: string
  /** The legend: "Level 2", "Check 1", "Question 3". */
  legend: string
  className?: string
  children: ReactNode
}

export function EditorItem({ field, legend, className, children }: EditorItemProps) {
  return (
    <fieldset
      className={className ? `editor-item ${className}` : 'editor-item'}
      id={fieldDomId(field)}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      <ItemProblem field={field} />
      {children}
    </fieldset>
  )
}
