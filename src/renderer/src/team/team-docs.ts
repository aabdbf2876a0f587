import { UserFacingError } from '@shared/errors'
import type { WorkbookDatabase } from '../db/database'
import type { TeamDocRow } from './team-rows'

/**
 * What the team workspace alone keeps (issue 18): a reviewer's comments on answers and findings,
 * and each section's assigned consultant (advisory: shown in the outline, not enforced). Written
 * with their outbox row in one transaction, like every change to a shared audit.
 */

async function writeTeamDoc(db: WorkbookDatabase, row: TeamDocRow): Promise<void> {
  await db.transaction('rw', db.teamAudits, db.teamDocs, db.teamOutbox, async () => {
    if (!(await db.teamAudits.get(row.auditId)))
      throw new UserFacingError('This audit is not shared with the team.')
    await db.teamDocs.put(row)
    await db.teamOutbox.add({ auditId: row.auditId, docId: row.docId })
  })
}

export async function addComment(
  db: WorkbookDatabase,
  auditId: string,
  target: string,
  text: string,
  author: string,
  now: number,
): Promise<string> {
  const trimmed = text.trim()
  if (trimmed === '') throw new UserFacingError('Write the comment first.')
  if (!/^(answer|finding):/.test(target))
    throw new UserFacingError('Comments are on answers and findings.')
  const docId = `comment:${crypto.randomUUID().replaceAll('-', '')}`
  await writeTeamDoc(db, {
    auditId,
    docId,
    doc: { _id: docId, kind: 'comment', target, text: trimmed, by: author, at: now },
  })
  return docId
}

/** Assigns a section to a consultant; an empty name takes the assignment away. */
export async function assignSection(
  db: WorkbookDatabase,
  auditId: string,
  sectionId: string,
  assignee: string,
  author: string,
  now: number,
): Promise<void> {
  const docId = `assignment:${sectionId}`
  await writeTeamDoc(db, {
    auditId,
    docId,
    doc: {
      _id: docId,
      kind: 'assignment',
      sectionId,
      assignee: assignee.trim(),
      by: author,
      at: now,
    },
  })
}
