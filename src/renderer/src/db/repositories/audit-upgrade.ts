import {
  applyAuditUpgrade,
  planAuditUpgrade,
  versionLabel,
  type AuditUpgradePlan,
} from '@core/authoring'
import type { ContentPack } from '@core/content'
import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../database'
import { requireEditable } from './audits'
import { systemClock, type Clock } from './clock'

/**
 * "Update to version N" (PRODUCT.md §14): the audit's sections from `pack`'s pack move to
 * `pack`'s version, with the audit's question count, in one transaction. The plan is made again
 * inside it, from what is stored then, so what is written is what the rules allow now. Answers
 * are not touched: one whose question the new version drops stays in the audit, out of scope.
 */
export async function upgradeAudit(
  db: WorkbookDatabase,
  auditId: string,
  pack: ContentPack,
  clock: Clock = systemClock,
): Promise<AuditUpgradePlan> {
  return db.transaction('rw', [db.audits, db.auditContents, db.answers], async () => {
    const audit = await requireEditable(db, auditId)
    const content = await db.auditContents.get(auditId)
    if (!content) throw new UserFacingError('That audit no longer exists.')
    const answers = await db.answers.where('auditId').equals(auditId).toArray()
    const plan = planAuditUpgrade(content, pack, answers)
    if (plan.sections.length === 0)
      throw new UserFacingError(
        `This audit already uses ${versionLabel(pack.version)} of “${pack.title}” or a newer one; nothing was changed.`,
      )
    const applied = applyAuditUpgrade(audit, content, plan, clock.now())
    if ('problem' in applied) throw new UserFacingError(applied.problem)
    await db.auditContents.put(applied.content)
    await db.audits.put(applied.audit)
    return plan
  })
}
