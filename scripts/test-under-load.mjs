#!/usr/bin/env node
// @ts-check
// `npm run test:flaky`: the test suites repeated while every core is kept busy, to find a test
// that fails only now and then before it costs a landing. Nothing is retried: one failure in any
// repetition fails the run and is named with how often it failed.
//
//   npm run test:flaky                           web e2e ×5 and unit ×5, one busy loop per core
//   npm run test:flaky -- --repeat 3 --only web  fewer repetitions, one suite
//   npm run test:flaky -- --load 0               repeat without the extra load
//   npm run test:flaky -- --slowdown 2           pages' main threads also run 2× slower (CDP)
//   npm run test:flaky -- --only web e2e/web/interview.spec.ts   only these specs
//
// The web suite runs against a fresh web build with CI's settings (two workers, no retries).
// AW_WEB_PORT and AW_WEB_OUT keep a run apart from another checkout's on the same machine.

import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const { values: options, positionals: specs } = parseArgs({
  options: {
    repeat: { type: 'string', default: '5' },
    load: { type: 'string', default: String(availableParallelism()) },
    only: { type: 'string' },
    slowdown: { type: 'string', default: '1' },
  },
  allowPositionals: true,
})
const repeat = positiveInteger('--repeat', options.repeat, 1)
const load = positiveInteger('--load', options.load, 0)
const slowdown = positiveInteger('--slowdown', options.slowdown, 1)
if (options.only !== undefined && !['web', 'unit'].includes(options.only)) {
  fail(`--only takes "web" or "unit", not "${options.only}".`)
}
const suites = options.only === undefined ? ['unit', 'web'] : [options.only]

/** @typedef {{ suite: string, passed: number, failed: number, failures: Map<string, number> }} Tally */

/** @param {string} name @param {string} value @param {number} min */
function positiveInteger(name, value, min) {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) fail(`${name} takes a whole number of at least ${min}.`)
  return n
}

/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`test:flaky: ${message}\n`)
  process.exit(2)
}

const log = (/** @type {string} */ message) => process.stderr.write(`[test:flaky] ${message}\n`)

/**
 * Runs a command to its end, its output passed through.
 * @param {string} command @param {string[]} args @param {Record<string, string>} [env]
 * @returns {Promise<number>} the exit code
 */
function run(command, args, env = {}) {
  return new Promise((done, failed) => {
    // Its own process group, so a stopped run takes its browsers and server with it.
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    })
    running.add(child)
    child.on('error', failed)
    child.on('exit', (code, signal) => {
      running.delete(child)
      done(code ?? (signal ? 1 : 0))
    })
  })
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set()

function stopRunning() {
  for (const child of running) {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
  }
}

/**
 * One process per core that spins until it is killed by its id, as a second test run or a
 * compile in another window would keep a laptop busy.
 * @param {number} count
 */
function startLoad(count) {
  const loops = Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  )
  const stop = () => {
    for (const loop of loops) if (loop.pid !== undefined && loop.exitCode === null) loop.kill()
  }
  process.on('exit', stop)
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      stopRunning()
      stop()
      process.exit(130)
    })
  }
  return stop
}

/**
 * Vitest has no repeat flag: the whole unit suite runs `repeat` times, each run's results read
 * from its JSON report.
 * @returns {Promise<Tally>}
 */
async function unitSuite() {
  const tally = { suite: `unit ×${repeat}`, passed: 0, failed: 0, failures: new Map() }
  const folder = mkdtempSync(join(tmpdir(), 'aw-flaky-'))
  try {
    for (let i = 1; i <= repeat; i++) {
      log(`unit run ${i} of ${repeat}`)
      const report = join(folder, `unit-${i}.json`)
      const args = ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile=${report}`]
      const code = await run('npx', [...args, ...specs])
      const results = readVitestReport(report)
      if (results === undefined) {
        tally.failed += 1
        count(tally.failures, `unit run ${i} ended without a report (exit ${code})`)
        continue
      }
      let failedHere = 0
      for (const test of results) {
        if (test.status === 'passed') tally.passed += 1
        else if (test.status === 'failed') {
          failedHere += 1
          count(tally.failures, test.name)
        }
      }
      // A run that failed without a failing test (a file that would not load, say) still failed.
      if (code !== 0 && failedHere === 0) {
        failedHere = 1
        count(tally.failures, `unit run ${i} exited with ${code} and named no failing test`)
      }
      tally.failed += failedHere
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return tally
}

/**
 * @param {string} path
 * @returns {Array<{ name: string, status: string }> | undefined}
 */
function readVitestReport(path) {
  try {
    /** @type {{ testResults: Array<{ name: string, assertionResults: Array<{ fullName: string, status: string }> }> }} */
    const report = JSON.parse(readFileSync(path, 'utf8'))
    return report.testResults.flatMap((file) =>
      file.assertionResults.map((test) => ({
        name: `${file.name.replace(`${ROOT}/`, '')} › ${test.fullName}`,
        status: test.status,
      })),
    )
  } catch {
    return undefined
  }
}

/**
 * Playwright repeats each test itself; its JSON report names every result.
 * @returns {Promise<Tally>}
 */
async function webSuite() {
  const tally = { suite: `web e2e ×${repeat}`, passed: 0, failed: 0, failures: new Map() }
  log('building the web app')
  if (
    (await run('npx', [
      'vite',
      'build',
      '--config',
      'vite.web.config.ts',
      '--logLevel',
      'warn',
    ])) !== 0
  ) {
    tally.failed += 1
    count(tally.failures, 'the web build failed')
    return tally
  }
  const folder = mkdtempSync(join(tmpdir(), 'aw-flaky-'))
  const report = join(folder, 'web.json')
  try {
    const args = ['playwright', 'test', '--project=web', `--repeat-each=${repeat}`]
    // CI's settings: two workers, no retries, a fresh server.
    const code = await run(
      'npx',
      [...args, '--retries=0', '--workers=2', '--reporter=dot,json', ...specs],
      {
        CI: 'true',
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
        AW_E2E_CPU_SLOWDOWN: String(slowdown),
      },
    )
    const results = readPlaywrightReport(report)
    if (results === undefined) {
      tally.failed += 1
      count(tally.failures, `playwright ended without a report (exit ${code})`)
      return tally
    }
    for (const result of results) {
      if (result.ok) tally.passed += 1
      else {
        tally.failed += 1
        count(tally.failures, result.name)
      }
    }
    // A run that failed without a failing test (its server would not start, say) still failed.
    if (code !== 0 && tally.failed === 0) {
      tally.failed += 1
      count(tally.failures, `playwright exited with ${code} and named no failing test`)
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return tally
}

/**
 * @typedef {{ title: string, specs?: PlaywrightSpec[], suites?: PlaywrightSuite[] }} PlaywrightSuite
 * @typedef {{ title: string, file: string, line: number, tests: Array<{ results: Array<{ status: string }> }> }} PlaywrightSpec
 * @param {string} path
 * @returns {Array<{ name: string, ok: boolean }> | undefined}
 */
function readPlaywrightReport(path) {
  try {
    /** @type {{ suites: PlaywrightSuite[] }} */
    const report = JSON.parse(readFileSync(path, 'utf8'))
    /** @type {Array<{ name: string, ok: boolean }>} */
    const results = []
    /** @param {PlaywrightSuite} suite */
    const visit = (suite) => {
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests) {
          for (const result of test.results) {
            if (result.status === 'skipped') continue
            results.push({
              name: `${spec.file}:${spec.line} › ${spec.title}`,
              ok: result.status === 'passed',
            })
          }
        }
      }
      for (const child of suite.suites ?? []) visit(child)
    }
    for (const suite of report.suites) visit(suite)
    return results
  } catch {
    return undefined
  }
}

/** @param {Map<string, number>} map @param {string} key */
function count(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/** @param {Tally[]} tallies */
function printSummary(tallies) {
  const rows = tallies.map((t) => `| ${t.suite} | ${t.passed} | ${t.failed} |`)
  const lines = ['', '| suite | passed | failed |', '|---|---|---|', ...rows]
  for (const tally of tallies) {
    for (const [name, times] of tally.failures) {
      lines.push(`FAILED ${times}× (${tally.suite}): ${name}`)
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

const started = Date.now()
const slower = slowdown > 1 ? `, pages ${slowdown}× slower` : ''
log(`${suites.join(' and ')} ×${repeat}, ${load} busy loop(s) beside them${slower}`)
const stopLoad = startLoad(load)
/** @type {Tally[]} */
const tallies = []
try {
  for (const suite of suites) tallies.push(suite === 'web' ? await webSuite() : await unitSuite())
} finally {
  stopLoad()
}
printSummary(tallies)
const minutes = ((Date.now() - started) / 60_000).toFixed(1)
log(`${minutes} min; load average at the end ${loadavg()[0]?.toFixed(1)}`)
const passed = tallies.reduce((sum, t) => sum + t.passed, 0)
const failed = tallies.reduce((sum, t) => sum + t.failed, 0)
process.stdout.write(`${passed} passed, ${failed} failed\n`)
process.exit(failed === 0 ? 0 : 1)
