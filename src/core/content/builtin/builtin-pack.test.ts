import { describe, expect, it } from 'vitest'
import { parseContentPack } from '../validate-pack'
import { questionsOfOutcome, questionsOfSection } from '../lookup'
import { builtinPack } from './index'

/** The seed's six prompts, without their curly quotes: the spec this pack is held to. */
const SEED_PROMPTS = [
  "Who's getting paged at 2am if prod goes down tonight?",
  'What happens when the on-call person is stuck and panicking?',
  'If Slack is down, how does your team reach each other?',
  'How does an alert wake someone up at 3am without Slack?',
  'After your last incident, did you fix the system or blame a person?',
  'How many post-mortem action items are still open from last year?',
]

/** The paragraph that explains each seed prompt, in the same order. */
const SEED_GUIDANCE = [
  'When incidents happen outside business hours, someone needs to be responsible. A defined rotation ensures 24/7 coverage without burning out individuals.',
  "When the on-call person can't resolve an issue alone, they need to know who to escalate to. Clear paths prevent panic during incidents.",
  "During an incident, you shouldn't be hunting for phone numbers. A readily accessible contact list with multiple reach methods saves critical minutes.",
  'Incident management tools handle alerting, on-call scheduling, escalation, and incident tracking in one place.',
  'Post-mortems turn incidents into learning opportunities. Blameless means focusing on systems and processes, not individuals.',
  'Post-mortems are worthless if action items never get done. Action items must be tracked in a system with clear ownership.',
]

const SEED_OUTCOME_DESCRIPTIONS = [
  'On-call coverage and escalation paths are defined so incidents have clear ownership at any time',
  'Emergency contact information is documented and accessible even during outages',
  'Common incident types have step-by-step playbooks any team member can follow',
  'Post-mortem practices capture learnings and generate tracked action items',
  'Incident response matures from ad-hoc handling to continuous improvement',
]

const SEED_PREPARATION = [
  'Identify team size and coverage needs (24/7 vs business hours only)',
  'Identify incident management tools (PagerDuty, Opsgenie, incident.io, etc.)',
  'Check for existing runbooks/playbooks (docs/, runbooks/, wiki)',
  'Review recent incidents (if any) to understand current practices',
]

const SEED_OUTCOMES = [
  ['owned', 'Owned'],
  ['reachable', 'Reachable'],
  ['runbooked', 'Runbooked'],
  ['learning', 'Learning'],
  ['improving', 'Improving'],
]

const section = builtinPack.sections[0]!
const refs = questionsOfSection(section)

describe('the built-in pack', () => {
  it('passes its own validation unchanged', () => {
    expect(parseContentPack(builtinPack)).toEqual({ ok: true, pack: builtinPack })
  })

  it('is identified as audit-workbook-core 1.0.0 with the default threshold', () => {
    expect(builtinPack).toMatchObject({
      id: 'audit-workbook-core',
      version: '1.0.0',
      achievementThreshold: 0.75,
    })
    expect(builtinPack.sections.map((s) => s.id)).toEqual(['incident-response'])
  })

  it('holds Section 35 with the seed identity and goal', () => {
    expect(section).toMatchObject({
      number: 35,
      category: 'API & Security',
      title: 'Incident Response',
      summary: 'On-call coverage, escalation procedures, runbooks, and post-mortem practices',
      goal: { headline: 'Calm Under Pressure' },
    })
    expect(section.introduction).toMatch(/^This guide walks you through auditing/)
  })

  it('has exactly the five seed outcomes, in ladder order', () => {
    expect(section.outcomes.map((o) => [o.id, o.name])).toEqual(SEED_OUTCOMES)
  })

  it("describes the outcomes and preparation in the seed's words", () => {
    expect(section.outcomes.map((o) => o.description)).toEqual(SEED_OUTCOME_DESCRIPTIONS)
    expect(section.preparation.map((p) => p.text)).toEqual(SEED_PREPARATION)
    expect(section.goal.text).toBe(
      'Incidents are stressful. Good preparation turns chaos into a checklist. When production breaks at 3am, everyone knows what to do.',
    )
  })

  it('evidences every outcome with at least one question', () => {
    for (const outcome of section.outcomes) {
      expect(questionsOfOutcome(section, outcome.id).length, outcome.id).toBeGreaterThan(0)
    }
  })

  it('uses each id once in the section', () => {
    const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length
    expect(ids(section.outcomes)).toBe(true)
    expect(ids(section.preparation)).toBe(true)
    expect(ids(section.checks)).toBe(true)
    expect(ids(refs.map((r) => r.question))).toBe(true)
  })

  it('asks the six seed prompts verbatim, in seed order, evidencing the mapped outcomes', () => {
    const fromSeed = refs.filter((r) => !r.question.addedBeyondSource)
    expect(fromSeed.map((r) => r.question.prompt)).toEqual(SEED_PROMPTS)
    expect(fromSeed.map((r) => r.question.guidance)).toEqual(SEED_GUIDANCE)
    expect(fromSeed.map((r) => r.question.outcomeId)).toEqual([
      'owned',
      'owned',
      'reachable',
      'reachable',
      'learning',
      'improving',
    ])
  })

  it('orders the checks along the ladder, with the added runbooks check marked as such', () => {
    expect(section.checks.map((c) => c.id)).toEqual([
      'on-call-escalation',
      'runbooks',
      'post-mortems',
    ])
    const runbooks = section.checks[1]!
    expect(runbooks.addedBeyondSource).toBe(true)
    expect(runbooks.questions.length).toBeGreaterThanOrEqual(2)
    for (const question of runbooks.questions) {
      expect(question).toMatchObject({ outcomeId: 'runbooked', addedBeyondSource: true })
    }
    expect(
      refs.filter((r) => r.question.addedBeyondSource).every((r) => r.checkId === 'runbooks'),
    ).toBe(true)
  })

  it('keeps curly quotes out of prompts and opens each seed check with its first paragraph', () => {
    for (const { question } of refs) expect(question.prompt).not.toMatch(/[“”]/)
    expect(section.checks[0]?.intro).toBe(SEED_GUIDANCE[0])
    expect(section.checks[2]?.intro).toBe(SEED_GUIDANCE[4])
  })

  it('records the coverage and tooling facts before the interview', () => {
    const facts = section.preparation.filter((p) => p.kind === 'fact')
    expect(facts.map((f) => f.id).slice(0, 2)).toEqual(['coverage-needs', 'incident-tools'])
    for (const fact of facts) expect(fact.factLabel).toBeTruthy()
  })
})
