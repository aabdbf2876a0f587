import { beforeEach, describe, expect, it } from 'vitest'
import { draftFromPack } from '@core/authoring'
import { builtinPack } from '@core/content'
import { useToasts } from '../../components/toast-store'
import { previewOfDraft } from './draft-preview'
import { draftPreviewPath, PREVIEW_MESSAGE, previewSource } from './preview-source'

const preview = previewOfDraft(draftFromPack(builtinPack, 'incident-response')!)
const source = previewSource('d1', preview)

describe('a draft’s preview as the interview’s source', () => {
  beforeEach(() => useToasts.setState({ toasts: [] }))

  it('walks the draft’s questions with no answers', () => {
    expect(source.order).toBe(preview.order)
    expect(source.sections).toEqual([preview.section])
    expect(source.answers.size).toBe(0)
  })

  it('links each question to the preview, and offers no checklist to fill in', () => {
    expect(source.questionPath(preview.order[2]!)).toBe(
      `/library/drafts/d1/preview/${preview.order[2]!.question.id}`,
    )
    expect(draftPreviewPath('d1')).toBe('/library/drafts/d1/preview')
    expect(source.preparationPath(preview.section)).toBeUndefined()
  })

  it('records nothing: a rating says it is a preview instead', () => {
    source.record(preview.order[0]!, { rating: 'met' })
    source.record(preview.order[0]!, { followUp: true })
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([PREVIEW_MESSAGE])
    expect(source.answers.size).toBe(0)
  })
})
