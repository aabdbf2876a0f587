import { beforeEach, describe, expect, it } from 'vitest'
import { builtinPack } from '@core/content'
import type { WorkbookDatabase } from '../../db/database'
import { answerOf } from '../../db/queries/audits'
import { evidenceBlob, liveEvidenceOf } from '../../db/queries/evidence'
import { loadScanTargets, type ScanTarget } from '../../db/queries/scan-targets'
import { saveAnswer } from '../../db/repositories/answers'
import { createAudit } from '../../db/repositories/audits'
import { setEvidenceInternal, updateEvidenceCaption } from '../../db/repositories/evidence-edits'
import { saveSetting } from '../../db/repositories/settings'
import { profileSetting } from '../../db/settings/known-settings'
import { captureEvidence, draftFor, fakeClock, freshDatabase } from '../../db/test-support/fixtures'
import { markTargetInternal, redactInTarget } from './scan-actions'

const PASSWORD = 'Kx9' + 'mPq2Lw7Zt'
const URL = `https://deploy:${PASSWORD}@git.example.org/infra.git`
const KEY = { sectionId: 'incident-response', questionId: 'who-gets-paged' }

describe('acting on a hit of the check for secrets', () => {
  let db: WorkbookDatabase
  let auditId: string
  const clock = fakeClock()

  beforeEach(async () => {
    db = await freshDatabase()
    await saveSetting(db, profileSetting, { auditorName: 'Ana Ruiz', firm: '' })
    auditId = (await createAudit(db, draftFor(builtinPack), [builtinPack], clock)).id
    await saveAnswer(db, { auditId, ...KEY }, { notes: `root password ${PASSWORD} on the host` })
    for (const [kind, fileName, mediaType, text] of [
      ['link', 'Infra repository', 'text/uri-list', URL],
      ['snippet', 'Pager config', 'text/plain', `password: ${PASSWORD}\n`],
      ['file', 'photo.png', 'image/png', 'not text'],
    ] as const) {
      await captureEvidence(
        db,
        {
          auditId,
          questionKeys: [`${KEY.sectionId}/${KEY.questionId}`],
          kind,
          fileName,
          mediaType,
          bytes: new Blob([text]),
          caption: '',
          ...(kind === 'link' ? { url: text } : {}),
        },
        { clock },
      )
    }
  })

  const targets = () => loadScanTargets(db, auditId, { notes: true, evidence: true })
  const find = async (where: string | RegExp): Promise<ScanTarget> => {
    const found = (await targets()).find((t) => t.where.match(where))
    if (!found) throw new Error(`no target ${String(where)}`)
    return found
  }
  const rangeOf = (target: ScanTarget) => {
    const start = target.text.indexOf(PASSWORD)
    return { start, end: start + PASSWORD.length }
  }

  it('reads the notes, the snippet and the link, not an image', async () => {
    expect((await targets()).map((t) => t.where)).toEqual([
      expect.stringMatching(/^Notes, 35\. Incident Response, question 1: /),
      'Infra repository',
      'Pager config',
    ])
  })

  it('reads every caption, and masks one in place', async () => {
    const photo = (await liveEvidenceOf(db, auditId)).find((i) => i.fileName === 'photo.png')!
    await updateEvidenceCaption(db, photo.id, `Login screen, admin / ${PASSWORD}`)
    const caption = await find('Caption of photo.png')
    await redactInTarget(db, caption, rangeOf(caption))
    expect((await liveEvidenceOf(db, auditId)).find((i) => i.id === photo.id)?.caption).toBe(
      'Login screen, admin / ████████████████',
    )
  })

  it('masks a note in place, through the notes’ own save', async () => {
    const notes = await find(/^Notes/)
    await redactInTarget(db, notes, rangeOf(notes))
    expect((await answerOf(db, { auditId, ...KEY }))?.notes).toBe(
      'root password ████████████████ on the host',
    )
  })

  it('refuses to mask a note changed since the check, and leaves it as it is', async () => {
    const notes = await find(/^Notes/)
    await saveAnswer(db, { auditId, ...KEY }, { notes: 'rewritten' })
    await expect(redactInTarget(db, notes, rangeOf(notes))).rejects.toThrow(/changed since/)
    expect((await answerOf(db, { auditId, ...KEY }))?.notes).toBe('rewritten')
  })

  it('keeps a redacted link beside the original, which then drops out of the check', async () => {
    const link = await find('Infra repository')
    await redactInTarget(db, link, rangeOf(link))
    const items = await liveEvidenceOf(db, auditId)
    const derived = items.find((i) => i.fileName === 'Infra repository (redacted)')
    const masked = 'https://deploy:████████████████@git.example.org/infra.git'
    expect(derived?.url).toBe(masked)
    expect(await (await evidenceBlob(db, derived!.id, 'original'))?.text()).toBe(masked)
    expect(derived?.derivation?.edits).toEqual([{ op: 'mask-text', ...rangeOf(link) }])
    // The original is kept as captured.
    expect(items.find((i) => `evidence:${i.id}` === link.id)?.url).toBe(URL)
    expect((await targets()).map((t) => t.where)).toContain('Infra repository (redacted)')
    expect((await targets()).map((t) => t.where)).not.toContain('Infra repository')
  })

  it('marks notes and items internal, which leaves them out of the check', async () => {
    await markTargetInternal(db, await find(/^Notes/))
    await markTargetInternal(db, await find('Pager config'))
    expect((await targets()).map((t) => t.where)).toEqual(['Infra repository'])
    expect((await answerOf(db, { auditId, ...KEY }))?.notesInternal).toBe(true)
  })

  it('leaves out the notes when the export carries none', async () => {
    const linkId = (await find('Infra repository')).id.replace('evidence:', '')
    await setEvidenceInternal(db, linkId, true)
    const withoutNotes = await loadScanTargets(db, auditId, { notes: false, evidence: true })
    expect(withoutNotes.map((t) => t.where)).toEqual(['Pager config'])
  })
})
