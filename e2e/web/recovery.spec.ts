import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import {
  describeDatabase,
  hostileArchive,
  leaveIncompatibleDatabase,
  soundArchive,
} from '../fixtures/archive'
import { RecoveryPage } from '../pages/recovery-page'

test('when the data cannot be opened, the app says so, checks an archive to restore from, and deletes nothing', async ({
  page,
}) => {
  await leaveIncompatibleDatabase(page)
  await page.goto('/')
  const recovery = new RecoveryPage(page)
  await expect(recovery.heading).toHaveText('Audit Workbook cannot open your data')
  await expect(recovery.reason).toContainText('written by a newer version of Audit Workbook')
  await expect(recovery.restore).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  const hostile = await hostileArchive('a wrong hash')
  await recovery.choose({ name: 'damaged.auditwb', buffer: Buffer.from(hostile.bytes) })
  await expect(recovery.refusal).toContainText('does not match the SHA-256 its manifest records')

  await recovery.choose({ name: 'backup.auditwb', buffer: await soundArchive() })
  await expect(recovery.result).toContainText('backup.auditwb is a sound archive: it was made on')
  await expect(recovery.result).toContainText('holds 2 audits and 1 evidence item')
  await expect(recovery.result).toContainText('Move the Audit Workbook data folder to a safe place')
  await expectNoSeriousA11yViolations(page)

  // The data it could not open is exactly as it was.
  expect(await describeDatabase(page)).toEqual({ version: 1000, stores: ['audits'] })
})
