import type { Section } from '../schema'

/**
 * Section 35 · Incident Response, from the seed text (shared/seed/000_c5e3c64a34ed6f37.txt).
 *
 * Faithful to the seed: every summary, outcome, preparation item, intro, prompt and guidance
 * below is the seed's own wording, except where marked `addedBeyondSource`.
 *
 * Choices made where the seed is silent:
 * - The seed gives no check titles, only ids; the titles are ours.
 * - Under each seed check, the first paragraph both introduces the check and explains its first
 *   question. It is used for both: as the check's intro and as that question's guidance, so the
 *   interview screen (which shows one question with its guidance) never loses the explanation.
 * - Each other question's guidance is the paragraph just before its quoted prompt.
 * - The seed has no check for "Runbooked"; `runbooks` is written in the seed's voice and marked
 *   `addedBeyondSource`, so that every outcome on the ladder is evidenced.
 * - Checks follow the ladder: on-call & escalation (Owned, Reachable), runbooks (Runbooked),
 *   post-mortems (Learning, Improving). The seed's two checks keep their order.
 * - The facts to record: coverage, incident tooling, and where runbooks live (which the runbooks
 *   check then asks about). Reviewing recent incidents is a task.
 * - All weights are 1: the seed gives no reason to count one question more than another.
 */

const ON_CALL_INTRO =
  'When incidents happen outside business hours, someone needs to be responsible. A defined rotation ensures 24/7 coverage without burning out individuals.'

const POST_MORTEMS_INTRO =
  'Post-mortems turn incidents into learning opportunities. Blameless means focusing on systems and processes, not individuals.'

export const incidentResponseSection: Section = {
  id: 'incident-response',
  number: 35,
  category: 'API & Security',
  title: 'Incident Response',
  summary: 'On-call coverage, escalation procedures, runbooks, and post-mortem practices',
  introduction:
    "This guide walks you through auditing a project's incident response capabilities - on-call coverage, escalation procedures, runbooks, and post-mortem practices.",
  goal: {
    headline: 'Calm Under Pressure',
    text: 'Incidents are stressful. Good preparation turns chaos into a checklist. When production breaks at 3am, everyone knows what to do.',
  },
  outcomes: [
    {
      id: 'owned',
      name: 'Owned',
      description:
        'On-call coverage and escalation paths are defined so incidents have clear ownership at any time',
    },
    {
      id: 'reachable',
      name: 'Reachable',
      description: 'Emergency contact information is documented and accessible even during outages',
    },
    {
      id: 'runbooked',
      name: 'Runbooked',
      description: 'Common incident types have step-by-step playbooks any team member can follow',
    },
    {
      id: 'learning',
      name: 'Learning',
      description: 'Post-mortem practices capture learnings and generate tracked action items',
    },
    {
      id: 'improving',
      name: 'Improving',
      description: 'Incident response matures from ad-hoc handling to continuous improvement',
    },
  ],
  preparation: [
    {
      id: 'coverage-needs',
      text: 'Identify team size and coverage needs (24/7 vs business hours only)',
      kind: 'fact',
      factLabel: 'Team size and coverage (24/7 or business hours only)',
    },
    {
      id: 'incident-tools',
      text: 'Identify incident management tools (PagerDuty, Opsgenie, incident.io, etc.)',
      kind: 'fact',
      factLabel: 'Incident management tool',
    },
    {
      id: 'existing-runbooks',
      text: 'Check for existing runbooks/playbooks (docs/, runbooks/, wiki)',
      kind: 'fact',
      factLabel: 'Where runbooks live',
    },
    {
      id: 'recent-incidents',
      text: 'Review recent incidents (if any) to understand current practices',
      kind: 'task',
    },
  ],
  checks: [
    {
      id: 'on-call-escalation',
      title: 'On-call & Escalation',
      intro: ON_CALL_INTRO,
      questions: [
        {
          id: 'who-gets-paged',
          prompt: "Who's getting paged at 2am if prod goes down tonight?",
          guidance: ON_CALL_INTRO,
          outcomeId: 'owned',
          weight: 1,
        },
        {
          id: 'escalation-path',
          prompt: 'What happens when the on-call person is stuck and panicking?',
          guidance:
            "When the on-call person can't resolve an issue alone, they need to know who to escalate to. Clear paths prevent panic during incidents.",
          outcomeId: 'owned',
          weight: 1,
        },
        {
          id: 'emergency-contacts',
          prompt: 'If Slack is down, how does your team reach each other?',
          guidance:
            "During an incident, you shouldn't be hunting for phone numbers. A readily accessible contact list with multiple reach methods saves critical minutes.",
          outcomeId: 'reachable',
          weight: 1,
        },
        {
          id: 'out-of-band-alerting',
          prompt: 'How does an alert wake someone up at 3am without Slack?',
          guidance:
            'Incident management tools handle alerting, on-call scheduling, escalation, and incident tracking in one place.',
          outcomeId: 'reachable',
          weight: 1,
        },
      ],
    },
    {
      id: 'runbooks',
      title: 'Runbooks & Playbooks',
      intro:
        "Runbooks turn one person's memory into steps anyone can follow. When the expert is asleep or on holiday, a written playbook keeps a small incident small.",
      addedBeyondSource: true,
      questions: [
        {
          id: 'runbook-for-newcomers',
          prompt:
            'If the database fills its disk at 3am, could the newest engineer on the team fix it from a written page?',
          guidance:
            'A runbook is only useful if someone who has never seen the problem can follow it. Step-by-step playbooks for the common incident types let any team member act without waiting for the expert.',
          outcomeId: 'runbooked',
          weight: 1,
          addedBeyondSource: true,
        },
        {
          id: 'runbook-from-alert',
          prompt: 'When an alert fires, how does the on-call person find the runbook for it?',
          guidance:
            "A playbook nobody can find mid-incident doesn't exist. Linking each alert to its runbook saves the first, most confused minutes.",
          outcomeId: 'runbooked',
          weight: 1,
          addedBeyondSource: true,
        },
        {
          id: 'runbook-freshness',
          prompt: 'When did someone last follow a runbook, and fix what was wrong with it?',
          guidance:
            'Systems change and runbooks rot. Runbooks that get used in incidents or drills, and corrected afterwards, stay worth trusting.',
          outcomeId: 'runbooked',
          weight: 1,
          addedBeyondSource: true,
        },
      ],
    },
    {
      id: 'post-mortems',
      title: 'Post-mortems',
      intro: POST_MORTEMS_INTRO,
      questions: [
        {
          id: 'blameless-post-mortems',
          prompt: 'After your last incident, did you fix the system or blame a person?',
          guidance: POST_MORTEMS_INTRO,
          outcomeId: 'learning',
          weight: 1,
        },
        {
          id: 'open-action-items',
          prompt: 'How many post-mortem action items are still open from last year?',
          guidance:
            'Post-mortems are worthless if action items never get done. Action items must be tracked in a system with clear ownership.',
          outcomeId: 'improving',
          weight: 1,
        },
      ],
    },
  ],
}
