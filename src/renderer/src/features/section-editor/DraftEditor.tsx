import { useMemo, useState } from 'react'
import { Link } from 'wouter'
import { draftProblems } from '@core/authoring'
import type { SectionDraftRow } from '../../db/database'
import { ChecksEditor } from './ChecksEditor'
import { DiscardDialog } from './DiscardDialog'
import { EditorContext } from './editor-context'
import { EditorToolbar } from './EditorToolbar'
import { LadderEditor } from './LadderEditor'
import { PreparationEditor } from './PreparationEditor'
import { ProblemSummary } from './ProblemSummary'
import { PublishDialog } from './PublishDialog'
import { SectionFields } from './SectionFields'
import { useDraftAutosave } from './useDraftAutosave'
import { useDraftHistory } from './useDraftHistory'

/**
 * One draft being edited: the form for every part of the section, its problems, undo and redo,
 * saved as it changes. Key it by the draft's id: it starts from the row once and then owns the draft.
 */
export function DraftEditor({ row }: { row: SectionDraftRow }) {
  const history = useDraftHistory(row.draft)
  const { draft, edit } = history
  const { status, flush } = useDraftAutosave(row.id, draft)
  const problems = useMemo(() => draftProblems(draft), [draft])
  const context = useMemo(() => ({ draft, edit, problems }), [draft, edit, problems])
  const [dialog, setDialog] = useState<'publish' | 'discard'>()
  const title = draft.section.title.trim() || 'Untitled section'

  return (
    <EditorContext.Provider value={context}>
      {/* Leaving a field ends its typing step: the next change there is an undo step of its own. */}
      <main className="page section-editor" onBlur={history.closeStep}>
        <header className="page__header section-editor__header">
          <nav className="breadcrumb" aria-label="Breadcrumb">
            <Link href="/library">Library</Link> › Draft
          </nav>
          <p className="eyebrow">
            {row.baseVersion === undefined
              ? 'New section, not yet published'
              : `Draft of the next version after ${row.baseVersion}`}
          </p>
          <h1 className="page__title">{title}</h1>
          <EditorToolbar
            draftId={row.id}
            status={status}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            onUndo={history.undo}
            onRedo={history.redo}
            onPublish={() => setDialog('publish')}
            onDiscard={() => setDialog('discard')}
          />
        </header>
        <ProblemSummary problems={problems} />
        <SectionFields />
        <LadderEditor />
        <PreparationEditor />
        <ChecksEditor />
      </main>
      {dialog === 'publish' && (
        <PublishDialog
          draftId={row.id}
          draft={draft}
          flush={flush}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'discard' && (
        <DiscardDialog
          draftId={row.id}
          title={title}
          published={row.baseVersion !== undefined}
          flush={flush}
          onClose={() => setDialog(undefined)}
        />
      )}
    </EditorContext.Provider>
  )
}
