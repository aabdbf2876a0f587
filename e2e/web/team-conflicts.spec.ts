import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { inAppDatabase } from '../fixtures/app-database'
import { builtinPack } from '../../src/core/content'
import type { Answer } from '../../src/core/audit'
import type { FindingEdit } from '../../src/core/findings/model'
import type { ConflictRow } from '../../src/renderer/src/team/team-rows'
import { AuditFormPage } from '../pages/audit-form-page'
import { InterviewPage } from '../pages/interview-page'
import { WelcomePage } from '../pages/welcome-page'

// The conflict is written straight into the app's database, as the team engine would after two
// consultants changed the same answers offline; the two-browser spec produces real ones.
const section = builtinPack.sections[0]!
const [first, second] = section.checks.flatMap((check) => check.questions)

function answer(auditId: string, questionId: string, patch: Partial<Answer>): Answer {
  return {
    auditId,
    sectionId: section.id,
    questionId,
    notes: '',
    interviewees: 'Priya (SRE lead)',
    followUp: false,
    evidenceRequests: [],
    updatedAt: 1_700_000_000_000,
    ...patch,
  }
}

function conflict(
  auditId: string,
  questionId: string,
  detectedAt: number,
): { winner: Answer; row: ConflictRow } {
  const winner = answer(auditId, questionId, { rating: 'met', notes: 'Tested in March.' })
  const other = answer(auditId, questionId, {
    rating: 'not-met',
    notes: 'Never tested end to end.',
    followUp: true,
  })
  return {
    winner,
    row: {
      auditId,
      docId: `answer:${section.id}:${questionId}`,
      table: 'answers',
      versions: [
        { rev: '2-a', row: winner, by: 'ana', at: 1_700_000_000_000 },
        { rev: '2-b', row: other, by: 'bo', at: 1_700_000_360_000 },
      ],
      detectedAt,
    },
  }
}

async function seedConflicts(page: Page, auditId: string, questionIds: string[]): Promise<void> {
  const seeds = questionIds.map((questionId, i) =>
    conflict(auditId, questionId, 1_700_000_400_000 + i),
  )
  await inAppDatabase(
    page,
    async (db, idb, rows) => {
      const tx = db.transaction(['answers', 'teamConflicts'], 'readwrite')
      for (const { winner, row } of rows) {
        await idb.settle(tx.objectStore('answers').put(winner))
        await idb.settle(tx.objectStore('teamConflicts').put(row))
      }
      await idb.committed(tx)
    },
    seeds,
  )
}

test('an answer two consultants changed offline shows both versions until one is kept or merged', async ({
  page,
}) => {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Northwind', system: 'Payments' })
  const auditId = /#\/audits\/([^/]+)\//.exec(page.url())?.[1] ?? ''
  await seedConflicts(page, auditId, [first!.id, second!.id])
  await page.goto(`/#/audits/${auditId}/results`)

  await expect(page.getByRole('note').filter({ hasText: 'conflicts open' })).toHaveText(
    '2 conflicts open: the results may change when they are resolved. See the conflicts',
  )
  await page
    .getByRole('navigation', { name: 'Audit views' })
    .getByRole('link', { name: 'Conflicts (2)' })
    .click()
  const list = page.getByRole('main', { name: 'Conflicts' })
  await expect(list.getByRole('heading', { level: 2 })).toHaveText([first!.prompt, second!.prompt])
  await expectNoSeriousA11yViolations(page)

  // The first: merged on its question.
  await list.getByRole('link', { name: first!.prompt }).click()
  const interview = new InterviewPage(page)
  await expect(interview.prompt).toHaveText(first!.prompt)
  const panel = page.getByRole('region', { name: 'Two versions of this answer' })
  await expect(panel.getByRole('region', { name: 'ana' })).toContainText('Tested in March.')
  await expect(panel.getByRole('region', { name: 'bo' })).toContainText('Not met')
  await expect(panel.getByRole('region', { name: 'bo' })).toContainText('Follow-up needed')
  await expectNoSeriousA11yViolations(page)
  const notes = panel.getByLabel('Merged notes')
  await expect(notes).toHaveValue('ana: Tested in March.\n\nbo: Never tested end to end.')
  await notes.fill('Tested once, in March; never end to end.')
  await panel.getByLabel('Rating').selectOption({ label: 'Partially met' })
  await panel.getByRole('button', { name: 'Save merged answer' }).click()
  await expect(panel).toBeHidden()
  await expect(interview.ratings.getByRole('button', { name: /Partially met/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(interview.notes).toHaveValue('Tested once, in March; never end to end.')

  // The second: bo's version kept as it was.
  await page.goto(`/#/audits/${auditId}/interview/${section.id}/${second!.id}`)
  await page.getByRole('button', { name: "Keep bo's version" }).click()
  await expect(page.getByRole('region', { name: 'Two versions of this answer' })).toBeHidden()
  await expect(interview.ratings.getByRole('button', { name: /Not met/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(interview.notes).toHaveValue('Never tested end to end.')

  await page
    .getByRole('navigation', { name: 'Audit views' })
    .getByRole('link', { name: 'Results' })
    .click()
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible()
  await expect(page.getByText(/conflicts? open/)).toHaveCount(0)
})

test("another document's conflict is resolved on the list, its versions in words", async ({
  page,
}) => {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({ client: 'Northwind', system: 'Payments' })
  const auditId = /#\/audits\/([^/]+)\//.exec(page.url())?.[1] ?? ''
  const edit = (patch: Partial<FindingEdit>): FindingEdit => ({
    auditId,
    sectionId: section.id,
    questionId: first!.id,
    owner: 'Ops',
    dueDate: '',
    status: 'open',
    updatedAt: 1_700_000_000_000,
    ...patch,
  })
  const winner = edit({ owner: 'Priya', dueDate: '2026-03-31' })
  const row: ConflictRow = {
    auditId,
    docId: `finding:${section.id}:${first!.id}`,
    table: 'findingEdits',
    versions: [
      { rev: '2-a', row: winner, by: 'ana', at: 1_700_000_000_000 },
      {
        rev: '2-b',
        row: edit({ owner: 'Sam', status: 'in-progress' }),
        by: 'bo',
        at: 1_700_000_001_000,
      },
    ],
    detectedAt: 1_700_000_002_000,
  }
  await inAppDatabase(
    page,
    async (db, idb, seed) => {
      const tx = db.transaction(['findingEdits', 'teamConflicts'], 'readwrite')
      await idb.settle(tx.objectStore('findingEdits').put(seed.winner))
      await idb.settle(tx.objectStore('teamConflicts').put(seed.row))
      await idb.committed(tx)
    },
    { winner, row },
  )
  await page.goto(`/#/audits/${auditId}/conflicts`)

  const item = page.getByRole('article', { name: first!.prompt })
  await expect(item).toContainText('Finding · 35. Incident Response')
  const bo = item.getByRole('region', { name: 'bo' })
  await expect(bo).toContainText('OwnerSam')
  await expect(bo).toContainText('StatusIn progress')
  await expect(item.getByRole('region', { name: 'ana' })).toContainText('Due date2026-03-31')
  await expectNoSeriousA11yViolations(page)

  await bo.getByRole('button', { name: "Keep bo's version" }).click()
  await expect(page.getByText('No conflicts are open in this audit.')).toBeVisible()
  await expect(page.getByRole('link', { name: /conflicts? open/ })).toHaveCount(0)
})
