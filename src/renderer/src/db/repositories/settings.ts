import { z } from 'zod'
import type { AuditorProfile } from '@core/audit'
import type { WorkbookDatabase } from '../database'

export const PROFILE_KEY = 'profile'

export const profileSchema = z.object({
  auditorName: z.string().trim().min(1).max(120),
  firm: z.string().trim().max(200),
})

/** The auditor's name and firm, asked once at first run; undefined until then. */
export async function loadProfile(db: WorkbookDatabase): Promise<AuditorProfile | undefined> {
  const row = await db.settings.get(PROFILE_KEY)
  const parsed = profileSchema.safeParse(row?.value)
  return parsed.success ? parsed.data : undefined
}

export async function saveProfile(db: WorkbookDatabase, profile: AuditorProfile): Promise<void> {
  await db.settings.put({ key: PROFILE_KEY, value: profileSchema.parse(profile) })
}
