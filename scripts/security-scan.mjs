#!/usr/bin/env node
// @ts-check
/**
 * Static security scan of the Electron main process and preload with Doyensec's
 * electronegativity. Fails when a HIGH or MEDIUM finding is not in the reviewed list
 * (scripts/electronegativity-reviewed.json), when a reviewed exception no longer matches
 * anything (so the list cannot rot), or when a source file could not be parsed (a file the
 * scanner cannot read is a file it did not check).
 *
 * Why the library API and not the `electronegativity` CLI: in 1.10.3 the CLI's CSV writer
 * issues the header write and the rows write as two concurrent `fs.writeFile` calls, so the
 * file it leaves is sometimes garbled; its SARIF output drops the severity. The API returns
 * the same findings as data; this script writes them to a temporary JSON file itself.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import electronegativity from '@doyensec/electronegativity'

/**
 * @typedef {{ check: string, file: string, sample?: string, justification?: string }} Exception
 * @typedef {{ check: string, severity: string, confidence: string, file: string, line: number,
 *   sample: string, description: string }} Finding
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const scanned = ['src/main', 'src/preload']
const reviewedFile = path.join(root, 'scripts/electronegativity-reviewed.json')
const failingSeverities = new Set(['HIGH', 'MEDIUM'])
const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version

// Stage the shipped sources only: tests and their fakes call openExternal, build fake
// BrowserWindows and so on, which is noise, not attack surface.
const stage = await mkdtemp(path.join(tmpdir(), 'electronegativity-src-'))
const isShipped = (/** @type {string} */ source) =>
  !/\.test\.tsx?$/.test(source) && !source.split(path.sep).includes('test-support')
for (const folder of scanned) {
  await cp(path.join(root, folder), path.join(stage, folder), {
    recursive: true,
    filter: isShipped,
  })
}

let result
try {
  result = await electronegativity({
    input: stage,
    isRelative: true,
    electronVersionOverride: electronVersion,
    // Looks up newer Electron releases online; the scan must work offline and this is about
    // upgrades, not about our code.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    customScan: [],
    parserPlugins: [],
  })
} finally {
  await rm(stage, { recursive: true, force: true })
}

/** @type {Finding[]} */
const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file === 'N/A' ? 'N/A' : path.posix.join(...issue.file.split(path.sep)),
  line: issue.location?.line ?? 0,
  sample: (issue.sample ?? '').trim(),
  description: issue.description,
}))
const parseErrors = result.errors.filter((error) => !error.tolerable)

/** @type {{ exceptions: Exception[] }} */
const { exceptions } = JSON.parse(await readFile(reviewedFile, 'utf8'))
for (const exception of exceptions) {
  if (!exception.check || !exception.file || (exception.justification ?? '').length < 40) {
    console.error(
      `Reviewed exception needs check, file and a written justification: ${JSON.stringify(exception)}`,
    )
    process.exit(1)
  }
}
/** @param {Exception} exception @param {Finding} finding */
const matches = (exception, finding) =>
  exception.check === finding.check &&
  exception.file === finding.file &&
  (exception.sample === undefined || exception.sample === finding.sample)

const serious = findings.filter((finding) => failingSeverities.has(finding.severity))
const unreviewed = serious.filter((finding) => !exceptions.some((e) => matches(e, finding)))
const stale = exceptions.filter((exception) => !findings.some((f) => matches(exception, f)))

const report = path.join(tmpdir(), `electronegativity-${Date.now()}.json`)
await writeFile(report, JSON.stringify({ electronVersion, findings, parseErrors }, null, 2))

for (const finding of unreviewed) {
  console.error(
    `UNREVIEWED ${finding.severity} ${finding.check} ${finding.file}:${finding.line} ${finding.sample}\n  ${finding.description}`,
  )
}
for (const exception of stale) {
  console.error(
    `STALE exception (nothing matches it any more; remove it): ${exception.check} ${exception.file}`,
  )
}
for (const error of parseErrors) {
  console.error(`NOT SCANNED ${error.file}: ${error.message}`)
}

const failed = unreviewed.length + stale.length + parseErrors.length > 0
console.log(
  `electronegativity ${failed ? 'FAILED' : 'passed'}: ${findings.length} findings in ${scanned.join(' + ')} ` +
    `(${serious.length} high/medium, ${serious.length - unreviewed.length} reviewed, ${unreviewed.length} unreviewed; ` +
    `${stale.length} stale exceptions; ${parseErrors.length} unparsed files). Full results: ${report}`,
)
process.exit(failed ? 1 : 0)
