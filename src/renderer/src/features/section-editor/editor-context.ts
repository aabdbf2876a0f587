import { createContext, useContext } from 'react'
import { problemsAt, type DraftEdit, type DraftProblem, type SectionDraft } from '@core/authoring'

/** What every part of the editor form needs: the draft, the one way to change it, its problems. */
export interface EditorContextValue {
  draft: SectionDraft
  edit(edit: DraftEdit): void
  problems: readonly DraftProblem[]
}

export const EditorContext = createContext<EditorContextValue | null>(null)

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext)
  if (!value) throw new Error('useEditor is used outside the section editor')
  return value
}

/** The problem message for one field (joined when there are several), for its inline note. */
export function useProblemAt(field: string): string | undefined {
  const { problems } = useEditor()
  const messages = problemsAt(problems, field).map((problem) => problem.message)
  return messages.length > 0 ? messages.join(' ') : undefined
}
