import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/app'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { builtinPack } from '../../src/core/content'
import { parseCsv } from '../../src/core/findings/test-support/parse-csv'
import { SECTION_35_REACHABLE } from '../../src/core/scoring/test-support/fixtures'
import { AuditFormPage } from '../pages/audit-form-page'
import { AuditsPage } from '../pages/audits-page'
import { FindingsPage } from '../pages/findings-page'
import { InterviewPage } from '../pages/interview-page'
import { ResultsPage } from '../pages/results-page'
import { WelcomePage } from '../pages/welcome-page'

// Every test first answers Section 35 by keyboard, as a consultant would: give them room on a
// busy machine.
test.describe.configure({ timeout: 60_000 })

const section = builtinPack.sections[0]!
const questions = section.checks.flatMap((check) =>
  check.questions.map((question) => ({ ...question, check })),
)

type Rating = 'met' | 'partial' | 'not-met' | 'na' | undefined
const KEYS = { met: '1', partial: '2', 'not-met': '3', na: 'n' } as const
const LABELS = { met: 'Met', partial: 'Partially met', 'not-met': 'Not met', na: 'Not applicable' }

/** Section 35 answered to level 2, Reachable; Improving's question left unanswered. */
const ANSWERS: Record<string, Rating> = {
  ...SECTION_35_REACHABLE,
  'open-action-items': undefined,
}
const NOTE = 'Alerts link to nothing; "the wiki search" is the runbook, per Priya.'

// Expected figures, worked out from PRODUCT.md §6 here rather than taken from the app.
const VALUE: Record<'met' | 'partial' | 'not-met', number> = { met: 1, partial: 0.5, 'not-met': 0 }
function percentOf(ids: string[]): number {
  const values = ids
    .map((id) => ANSWERS[id])
    .filter((r): r is keyof typeof VALUE => r !== undefined && r !== 'na')
    .map((r) => VALUE[r])
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100)
}
const outcomePercent = (outcomeId: string) =>
  percentOf(questions.filter((q) => q.outcomeId === outcomeId).map((q) => q.id))
const sectionPercent = percentOf(questions.map((q) => q.id)) // 5 / 7 → 71
const answered = Object.values(ANSWERS).filter((r) => r !== undefined).length // 8 of 9

/** A new audit of Section 35 answered as ANSWERS says, by keyboard; the last question open. */
async function answerSection35(page: Page): Promise<InterviewPage> {
  await new WelcomePage(page).completeAs()
  await new AuditFormPage(page).createAudit({
    client: 'Northwind Traders',
    system: 'Payments platform',
  })
  const interview = new InterviewPage(page)
  for (const [i, question] of questions.entries()) {
    await expect(interview.prompt).toHaveText(question.prompt)
    const rating = ANSWERS[question.id]
    if (rating) {
      await page.keyboard.press(KEYS[rating])
      await expect(interview.rating(LABELS[rating])).toHaveAttribute('aria-pressed', 'true')
    }
    if (question.id === 'runbook-from-alert') {
      await page.keyboard.press('e')
      await interview.notes.pressSequentially(NOTE)
      await page.keyboard.press('Escape')
    }
    if (i < questions.length - 1) await page.keyboard.press('j')
  }
  return interview
}

/** Sets the rating of one question from the findings screen's link to it, then comes back. */
async function rateFromFinding(page: Page, findingId: string, rating: 'met' | 'not-met') {
  const findings = new FindingsPage(page)
  await findings
    .card(findingId)
    .root.getByRole('link', { name: /Open question/ })
    .click()
  const interview = new InterviewPage(page)
  // As a person would: the question is on screen (its code loads on first use) before a key.
  await expect(interview.prompt).toBeVisible()
  await page.keyboard.press(KEYS[rating])
  await expect(interview.rating(LABELS[rating])).toHaveAttribute('aria-pressed', 'true')
}

test('the results show level Reachable, the blocking questions and the expected scores', async ({
  page,
}) => {
  await answerSection35(page)
  const results = new ResultsPage(page)
  await results.open()
  const part = results.section('Incident Response')

  await expect(part.level).toHaveText('Level 2 of 5 — Reachable')
  await expect(part.reachedStep).toContainText('Reachable')
  await expect(part.reachedStep).toContainText('Reached')
  await expect(part.steps).toHaveCount(6)
  // Learning is all N/A: not applicable (not achieved), above the gap left by Runbooked.
  await expect(part.steps.nth(4)).toContainText('Not applicable')
  await expect(part.score).toHaveText(`${sectionPercent}%`)
  expect(sectionPercent).toBe(71)
  await expect(part.coverage).toHaveText(
    `${answered} of 9 answered (${Math.round((answered / 9) * 100)}%)`,
  )

  const alt = await part.outcomeChart.getAttribute('alt')
  expect(alt).toContain(`Owned ${outcomePercent('owned')}%, achieved`)
  expect(alt).toContain(`Reachable ${outcomePercent('reachable')}%, achieved`)
  expect(alt).toContain(`Runbooked ${outcomePercent('runbooked')}%, not achieved`)
  expect(alt).toContain('Learning not scored, not applicable')
  expect(alt).toContain('Improving not scored, not achieved · 1 unanswered')
  expect([
    outcomePercent('owned'),
    outcomePercent('reachable'),
    outcomePercent('runbooked'),
  ]).toEqual([75, 100, 50])
  await expect(results.comparisonChart).toHaveAttribute(
    'alt',
    `Section scores: 35 · Incident Response ${sectionPercent}%, level 2 of 5 (Reachable).`,
  )

  // Runbooked is under the threshold: its questions below Met block it, the Met one does not.
  const blocking = questions.filter(
    (q) => q.id === 'runbook-for-newcomers' || q.id === 'runbook-from-alert',
  )
  await expect(part.blockers).toHaveCount(2)
  await expect(part.blockers.nth(0)).toContainText('Partially met')
  await expect(part.blockers.nth(0)).toContainText(blocking[0]!.prompt)
  await expect(part.blockers.nth(1)).toContainText('Not met')
  await expect(part.blockers.nth(1)).toContainText(blocking[1]!.prompt)

  // Each blocker leads to its question in the interview.
  await part.blockers.nth(1).getByRole('link').click()
  await expect(page).toHaveURL(
    /#\/audits\/[^/]+\/interview\/incident-response\/runbook-from-alert$/,
  )
  await expect(new InterviewPage(page).prompt).toHaveText(blocking[1]!.prompt)
})

test('finding edits survive a reload and a rating going to Met and back', async ({ page }) => {
  await answerSection35(page)
  const findings = new FindingsPage(page)
  await findings.open()

  // Partially met on Owned, Partially met and Not met on Runbooked.
  await expect(findings.cards).toHaveCount(3)
  await expect(findings.lesson).toBeVisible()
  const card = findings.card('F35-06')
  await expect(card.title).toHaveText(
    'Runbooks & Playbooks: When an alert fires, how does the on-call person find the runbook for it?',
  )
  await expect(card.root).toContainText(NOTE)
  await expect(card.severity).toHaveText('High')
  await expect(card.warning).toHaveText(/No owner · No due date/)

  const dialog = await findings.edit('F35-06')
  await dialog.owner.fill('Priya Shah (SRE lead)')
  await dialog.dueDate.fill('2027-01-31')
  await dialog.status.selectOption({ label: 'In progress' })
  await dialog.save.click()
  await expect(dialog.root).toBeHidden()
  await expect(card.warning).toHaveCount(0)

  await page.reload()
  await expect(card.field('Owner')).toHaveText('Priya Shah (SRE lead)')
  await expect(card.field('Due date').locator('time')).toHaveAttribute('datetime', '2027-01-31')
  await expect(card.field('Status')).toHaveText('In progress')
  await expect(card.warning).toHaveCount(0)

  await rateFromFinding(page, 'F35-06', 'met')
  await findings.open()
  await expect(findings.cards).toHaveCount(2)
  await expect(card.root).toHaveCount(0)

  await page.getByRole('link', { name: 'Open question F35-05' }).click()
  const interview = new InterviewPage(page)
  // As a person would: F35-05 is on screen before J; then the rating key follows J at once.
  await expect(interview.prompt).toHaveText(questions[4]!.prompt)
  await page.keyboard.press('j')
  await page.keyboard.press(KEYS['not-met'])
  await expect(interview.prompt).toHaveText(questions[5]!.prompt)
  await expect(interview.rating('Not met')).toHaveAttribute('aria-pressed', 'true')
  await findings.open()
  await expect(findings.cards).toHaveCount(3)
  await expect(card.field('Owner')).toHaveText('Priya Shah (SRE lead)')
  await expect(card.field('Due date').locator('time')).toHaveAttribute('datetime', '2027-01-31')
  await expect(card.field('Status')).toHaveText('In progress')
})

test('the action plan CSV holds one row per finding, as the screen shows them', async ({
  page,
}) => {
  await answerSection35(page)
  const findings = new FindingsPage(page)
  await findings.open()
  const owner = '=HYPERLINK("http://x"), «Ops» 👩🏽‍💻 مرحبا'
  const dialog = await findings.edit('F35-02')
  await dialog.owner.fill(owner)
  await dialog.dueDate.fill('2027-03-15')
  await dialog.status.selectOption({ label: 'Accepted risk' })
  await dialog.severity.selectOption({ label: 'Critical' })
  await dialog.save.click()
  await expect(dialog.root).toBeHidden()

  const download = await findings.exportCsv()
  expect(download.suggestedFilename()).toBe('Northwind Traders – action plan.csv')
  const bytes = await readFile((await download.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  const [header, ...rows] = parseCsv(text.slice(1))
  expect(header).toEqual([
    'ID',
    'Section',
    'Check',
    'Question',
    'Finding',
    'Gap observed',
    'Recommendation',
    'Severity',
    'Owner',
    'Due date',
    'Status',
  ])

  // Every row matches a card on the screen, in section order.
  const ids = ['F35-02', 'F35-05', 'F35-06']
  expect(rows.map((r) => r[0])).toEqual(ids)
  for (const [i, id] of ids.entries()) {
    const row = rows[i]!
    const card = findings.card(id)
    const question = questions.find((q) => q.prompt === row[3])!
    expect(row[1]).toBe('35 · Incident Response')
    expect(row[2]).toBe(question.check.title)
    await expect(card.title).toHaveText(row[4]!)
    expect(row[4]).toBe(`${question.check.title}: ${question.prompt}`)
    expect(row[6]).toBe(question.guidance)
    await expect(card.severity).toHaveText(row[7]!)
    await expect(card.field('Status')).toHaveText(row[10]!)
  }
  expect(rows[0]!.slice(7)).toEqual(['Critical', `'${owner}`, '2027-03-15', 'Accepted risk'])
  expect(rows[1]![5]).toBe('Rated Partially met in the interview. No notes were recorded.')
  expect(rows[2]![5]).toBe(NOTE)
  expect(rows[2]!.slice(7)).toEqual(['High', '', '', 'Open'])

  // The toolbar narrows the list: by severity, and to the actions still missing an owner.
  const toolbar = page.getByRole('group', { name: 'Sort and filter findings' })
  await toolbar.getByLabel('Severity').selectOption({ label: 'Critical' })
  await expect(findings.cards).toHaveCount(1)
  await expect(findings.card('F35-02').root).toBeVisible()
  await toolbar.getByLabel('Severity').selectOption({ label: 'All severities' })
  await toolbar.getByLabel('Missing owner or date').check()
  await expect(findings.cards).toHaveCount(2)
  await expect(findings.card('F35-02').root).toHaveCount(0)
})

test('a final audit shows its findings read-only', async ({ page }) => {
  await answerSection35(page)
  await page.getByRole('button', { name: 'Mark final' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Mark final' }).click()
  const findings = new FindingsPage(page)
  await findings.open()
  await expect(page.getByText('This audit is final and read-only.')).toBeVisible()
  await expect(findings.cards).toHaveCount(3)
  await expect(page.getByRole('button', { name: /^Edit finding/ })).toHaveCount(0)
  await expect(findings.exportButton).toBeEnabled()
})

test('a re-assessment shows the change since its predecessor, until that is deleted', async ({
  page,
}) => {
  await answerSection35(page)
  const audits = new AuditsPage(page)
  await audits.open()
  await audits.action('Duplicate', 'Northwind Traders').click()
  await audits.duplicateDialog.getByRole('button', { name: 'Create re-assessment' }).click()
  await expect(page).toHaveURL(/#\/audits\/[^/]+\/interview/)

  // Six months on, the runbook is linked from the alert: Runbooked is achieved, and Learning
  // (all N/A) above it counts now, so the section climbs two levels.
  const copyUrl = page
    .url()
    .replace(/interview.*$/, 'interview/incident-response/runbook-from-alert')
  await page.goto(copyUrl)
  // A new hash in the same page: the question changes when the app has read it, not at goto.
  const interview = new InterviewPage(page)
  await expect(interview.prompt).toHaveText(
    questions.find((q) => q.id === 'runbook-from-alert')!.prompt,
  )
  await page.keyboard.press(KEYS.met)
  await expect(interview.rating('Met')).toHaveAttribute('aria-pressed', 'true')
  const results = new ResultsPage(page)
  await results.open()
  await expect(results.section('Incident Response').level).toHaveText('Level 4 of 5 — Learning')

  const change = page.getByRole('region', { name: 'Change since the previous audit' })
  const table = change.getByRole('table', { name: '35 · Incident Response' })
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) })
  await expect(row('Maturity level')).toContainText('Level 2 · Reachable')
  await expect(row('Maturity level')).toContainText('Level 4 · Learning')
  await expect(row('Maturity level')).toContainText('▲ +2 levels')
  // 5 of 7 (71 %) before, 6 of 7 (86 %) now.
  const before = sectionPercent
  const after = Math.round((6 / 7) * 100)
  await expect(row('Section score')).toHaveText(
    `Section score${before}%${after}%▲ +${after - before} points`,
  )
  await expect(row('Outcome: Runbooked')).toContainText('50% · not achieved')
  await expect(row('Outcome: Runbooked')).toContainText('83% · achieved')
  await expect(row('Outcome: Owned')).toContainText('No change')

  await audits.open()
  const original = audits.rows.filter({ hasNotText: 'Re-assessment of' })
  await original.getByRole('button', { name: 'Delete Northwind Traders' }).click()
  await audits.deleteDialog.getByRole('button', { name: 'Delete audit' }).click()
  await expect(audits.rows).toHaveCount(1)
  await page.goto(copyUrl.replace(/interview.*$/, 'results'))
  await expect(change).toContainText('re-assesses one that has since been deleted')
  await expect(table).toHaveCount(0)
})

test('the results screen has no serious accessibility violation', async ({ page }) => {
  await answerSection35(page)
  await new ResultsPage(page).open()
  await page.getByText('How these results are calculated').click()
  await expectNoSeriousA11yViolations(page)
})

test('the findings screen and its edit dialog have no serious accessibility violation', async ({
  page,
}) => {
  await answerSection35(page)
  const findings = new FindingsPage(page)
  await findings.open()
  await expectNoSeriousA11yViolations(page)
  await findings.edit('F35-06')
  await expectNoSeriousA11yViolations(page)
})
