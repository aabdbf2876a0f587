import type { Page } from '@playwright/test'
import { builtinPack } from '../../src/core/content'
import { auditDatabaseName } from '../../src/core/team'
import { expect, test } from '../fixtures/app'
import {
  PASSWORD,
  SYNC,
  auditIdOf,
  basicAuth,
  consultant,
  provisionFirm,
  provisionSharedAudit,
  server,
  shareAudit,
  teamStatus,
  type Consultant,
} from '../fixtures/team-workspace'
import { AuditFormPage } from '../pages/audit-form-page'
import { InterviewPage } from '../pages/interview-page'

// Two consultants (and a reviewer) on one audit through the run's CouchDB-protocol server, each
// in a browser of their own (issue 18): sharing, offline work, a conflict and its resolution,
// and the server refusing a reviewer's change. Waits are for what a person would wait for: the
// other consultant's answer to appear, the status to say so.

const section = builtinPack.sections[0]!
const [q1, q2, q3] = section.checks.flatMap((check) => check.questions)

async function openQuestion(
  page: Page,
  auditId: string,
  questionId: string,
): Promise<InterviewPage> {
  await page.goto(`/#/audits/${auditId}/interview/${section.id}/${questionId}`)
  return new InterviewPage(page)
}

test('two consultants share an audit, work offline, meet a conflict and resolve it; the server refuses a reviewer', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const people: Consultant[] = []
  try {
    await provisionFirm()
    const ana = await consultant(browser, baseURL!, 'ana')
    people.push(ana)

    // Ana starts an audit and shares it with Bo, and Carol as its reviewer.
    await new AuditFormPage(ana.page).createAudit({
      client: 'Northwind Traders',
      system: 'Payments',
    })
    const auditId = auditIdOf(ana.page)
    const bo = await consultant(browser, baseURL!, 'bo')
    const carol = await consultant(browser, baseURL!, 'carol')
    people.push(bo, carol)
    await shareAudit(ana, 'Northwind Traders', { consultants: [bo], reviewers: [carol] })

    // The firm's admin creates the audit's database; Ana's app starts syncing it at its next
    // look (here: reopened), Bo's and Carol's find it in the directory when they next look.
    await provisionSharedAudit(auditId)
    for (const who of [ana, bo, carol]) await who.page.reload()
    for (const who of [bo, carol]) {
      await who.page.goto('/#/audits')
      await expect(who.page.getByText('Northwind Traders')).toBeVisible(SYNC)
    }

    // Bo has the whole audit (its questions come with it); then, offline, each answers a
    // different question.
    const boQ2 = await openQuestion(bo.page, auditId, q2!.id)
    await expect(boQ2.prompt).toHaveText(q2!.prompt, SYNC)
    await ana.context.setOffline(true)
    await bo.context.setOffline(true)
    const anaQ1 = await openQuestion(ana.page, auditId, q1!.id)
    await anaQ1.rating('Met').click()
    await anaQ1.notes.fill('Ana: the on-call rota is in PagerDuty.')
    await boQ2.rating('Partially met').click()
    await boQ2.notes.fill('Bo: escalation path exists but is untested.')
    await expect(teamStatus(ana.page)).toHaveAccessibleName(/Offline/, SYNC)

    // Back online, both see both.
    await ana.context.setOffline(false)
    await bo.context.setOffline(false)
    const anaQ2 = await openQuestion(ana.page, auditId, q2!.id)
    await expect(anaQ2.notes).toHaveValue('Bo: escalation path exists but is untested.', SYNC)
    const boQ1 = await openQuestion(bo.page, auditId, q1!.id)
    await expect(boQ1.notes).toHaveValue('Ana: the on-call rota is in PagerDuty.', SYNC)
    await expect(boQ1.rating('Met')).toHaveAttribute('aria-pressed', 'true')

    // Offline again, both change the same answer: both versions are kept, on both laptops.
    await ana.context.setOffline(true)
    await bo.context.setOffline(true)
    const anaQ3 = await openQuestion(ana.page, auditId, q3!.id)
    await anaQ3.notes.fill('Ana: post-mortems are written for every SEV1.')
    const boQ3 = await openQuestion(bo.page, auditId, q3!.id)
    await boQ3.notes.fill('Bo: no post-mortem since March.')
    // Both saved here before going back online (the field saves as it is typed).
    await expect(teamStatus(ana.page)).toHaveAccessibleName(/Offline, \d+ changes? waiting/, SYNC)
    await expect(teamStatus(bo.page)).toHaveAccessibleName(/Offline, \d+ changes? waiting/, SYNC)
    await ana.context.setOffline(false)
    await bo.context.setOffline(false)
    for (const who of [ana, bo]) {
      const panel = who.page.getByRole('region', { name: 'Two versions of this answer' })
      await expect(panel).toBeVisible(SYNC)
      await expect(panel).toContainText('Ana: post-mortems are written for every SEV1.')
      await expect(panel).toContainText('Bo: no post-mortem since March.')
      await expect(teamStatus(who.page)).toHaveAccessibleName(/1 conflict/, SYNC)
    }

    // Bo keeps Ana's version; the resolution reaches Ana.
    await bo.page
      .getByRole('region', { name: 'Two versions of this answer' })
      .getByRole('button', { name: `Keep ${ana.name}'s version` })
      .click()
    for (const who of [bo, ana]) {
      await expect(
        who.page.getByRole('region', { name: 'Two versions of this answer' }),
      ).toHaveCount(0, SYNC)
      await expect(new InterviewPage(who.page).notes).toHaveValue(
        'Ana: post-mortems are written for every SEV1.',
        SYNC,
      )
      await expect(teamStatus(who.page)).toHaveAccessibleName('Team workspace: Synced', SYNC)
    }

    // Carol reviews: her screen lets her comment, not change; the server refuses her anyway.
    const carolQ1 = await openQuestion(carol.page, auditId, q1!.id)
    await expect(carol.page.getByText('You review this audit')).toBeVisible(SYNC)
    await expect(carolQ1.notes).toHaveValue('Ana: the on-call rota is in PagerDuty.', SYNC)
    const docPath = `${auditDatabaseName(auditId)}/answer:${section.id}:${q1!.id}`
    const carolAuth = basicAuth(carol.name, PASSWORD)
    const current = (await (
      await fetch(`${server().url}/${docPath}`, { headers: { authorization: carolAuth } })
    ).json()) as { row: object }
    const refused = await fetch(`${server().url}/${docPath}`, {
      method: 'PUT',
      headers: { authorization: carolAuth, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...current,
        row: { ...current.row, rating: 'not-met' },
        by: carol.name,
      }),
    })
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({
      reason: 'Reviewers can comment but cannot change the audit.',
    })
    // Her laptop, for its part, never tried to change the audit: nothing of hers was refused.
    await expect(teamStatus(carol.page)).toHaveAccessibleName('Team workspace: Synced', SYNC)

    for (const who of people) expect(who.problems, `${who.name}'s page`).toEqual([])
  } finally {
    for (const who of people) await who.context.close()
  }
})
