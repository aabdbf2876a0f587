import { unzipSync } from 'fflate'
import { expectNoSeriousA11yViolations } from '../fixtures/a11y'
import { expect, test } from '../fixtures/app'
import { inAppDatabase } from '../fixtures/app-database'
import { derivedEvidenceArchive } from '../fixtures/derived-evidence'
import { docxText } from '../../src/core/report/test-support/docx-text'
import { ArchivePage } from '../pages/archive-page'
import { AuditsPage } from '../pages/audits-page'
import { EvidenceLockerPage } from '../pages/evidence-page'
import { ExportReportDialog } from '../pages/export-report-dialog'
import { WelcomePage } from '../pages/welcome-page'

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i])

test('a redacted version beside its original: the locker shows the pair, verify checks both, the client report carries only the redacted image and both hashes', async ({
  page,
}) => {
  const { archive: file, original, redacted } = await derivedEvidenceArchive()
  await new WelcomePage(page).completeAs()
  const audits = new AuditsPage(page)
  await audits.open()
  const archive = new ArchivePage(page)
  await archive.choose({ name: 'derived.auditwb', buffer: file })
  await archive.confirm()
  await expect(audits.rows).toHaveCount(2)

  // The re-assessment holds the pair.
  await page.goto('/#/audits/audit-2/evidence')
  const locker = new EvidenceLockerPage(page)
  await expect(locker.items).toHaveCount(2)
  const version = locker.item(redacted.fileName)
  const pair = version.getByRole('group', { name: `Redacted version of ${original.fileName}` })
  await expect(pair).toContainText('Redacted 1 region')
  await expect(pair).toContainText('by Ana Ruiz')
  await expect(pair.getByLabel(`Original’s SHA-256 of ${original.fileName}`)).toHaveValue(
    original.sha256,
  )
  await expect(locker.hash(redacted.fileName)).toHaveValue(redacted.sha256)
  const versions = locker
    .item(original.fileName)
    .getByRole('group', { name: `Versions of ${original.fileName}` })
  await expect(versions).toContainText(`Redacted version: ${redacted.fileName}`)
  await expectNoSeriousA11yViolations(page)

  // From the version to its original by keyboard, and back.
  await pair.getByRole('button', { name: `Show ${original.fileName} in the locker` }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: original.fileName, exact: true })).toBeFocused()
  await versions
    .getByRole('button', { name: `Show ${redacted.fileName} in the locker` })
    .press('Enter')
  await expect(page.getByRole('heading', { name: redacted.fileName, exact: true })).toBeFocused()

  // The Versions filter.
  await locker.filter('Versions').selectOption({ label: 'Edited versions' })
  await expect(locker.items).toHaveCount(1)
  await expect(locker.item(redacted.fileName)).toBeVisible()
  await locker.filter('Versions').selectOption({ label: 'All items' })

  // The original marked internal from the pair.
  await pair.getByRole('button', { name: 'Mark the original internal' }).click()
  await expect(pair).toContainText('The original is marked internal.')
  await expect(
    locker.item(original.fileName).getByRole('button', { name: `Internal: ${original.fileName}` }),
  ).toHaveAttribute('aria-pressed', 'true')

  await locker.verify.click()
  await expect(locker.verifyResult).toHaveText(
    'All 2 items verified: their bytes match the SHA-256 recorded at capture.',
  )

  const docx = await new ExportReportDialog(page).exportWord('Client edition')
  const parts = Object.values(unzipSync(docx))
  expect(parts.some((part) => sameBytes(part, redacted.bytes))).toBe(true)
  expect(parts.some((part) => sameBytes(part, original.bytes))).toBe(false)
  const text = docxText(docx)
  expect(text).toContain(redacted.sha256)
  expect(text).toContain(`Redacted from an original with SHA-256 ${original.sha256}`)

  // Behind the app's back: the redacted bytes replaced, and the original's record rewritten.
  await inAppDatabase(
    page,
    async (db, idb, names) => {
      const tx = db.transaction(['evidence', 'evidenceBlobs'], 'readwrite')
      const items = tx.objectStore('evidence')
      const all = await idb.settle(items.getAll())
      const byName = (name: string) => all.find((i: { fileName: string }) => i.fileName === name)
      const source = byName(names.original)
      await idb.settle(items.put({ ...source, sha256: '0'.repeat(64) }))
      const blobs = tx.objectStore('evidenceBlobs')
      const row = await idb.settle(blobs.get([byName(names.redacted).id, 'original']))
      await idb.settle(blobs.put({ ...row, blob: new Blob(['forged']) }))
      await idb.committed(tx)
    },
    { original: original.fileName, redacted: redacted.fileName },
  )
  await locker.verify.click()
  await expect(locker.verifyResult).toContainText('2 of 2 items failed verification')
  await expect(locker.verifyResult).toContainText(
    `${redacted.fileName} — its bytes changed since capture`,
  )
  await expect(locker.verifyResult).toContainText(
    `${redacted.fileName} — it was made from “${original.fileName}” with SHA-256 ${original.sha256.slice(0, 10)}…`,
  )
  await expect(locker.verifyResult).toContainText('the link between the two no longer holds')
})
