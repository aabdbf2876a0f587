import { editionNotice } from '../../audit/edition'
import { RATING_LABELS } from '../../audit/labels'
import { FINDING_STATUS_LABELS, SEVERITY_LABELS } from '../../findings/model'
import { describeSeverityRule } from '../../findings/severity'
import { describeScoringMethod } from '../../scoring/method'
import { ADHOC_LEVEL_NAME } from '../../scoring/model'
import { plural } from '../../text/plural'
import type { ReportText } from './report-text'

/**
 * The report in English. The words it shares with the screens (ratings, severities, statuses,
 * the edition notice, the method and severity rules) are taken from the screens' own constants,
 * so in English the two cannot differ; another language gives its own.
 */
export const ENGLISH: ReportText = {
  dates: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    date: ({ day, month, year }) => `${day} ${month} ${year}`,
    dateTime: ({ date, hour, minute }) => `${date}, ${hour}:${minute}`,
  },
  list: (items) =>
    items.length <= 1
      ? items.join('')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  score: (percent) => (percent === null ? 'not scored' : `${percent}%`),
  percent: (percent) => `${percent}%`,
  adhocLevelName: ADHOC_LEVEL_NAME,
  ratings: RATING_LABELS,
  severities: SEVERITY_LABELS,
  findingStatuses: FINDING_STATUS_LABELS,
  outcomeStatuses: {
    achieved: 'Achieved',
    'not-applicable': 'Not applicable',
    incomplete: 'Not achieved: unanswered questions',
    'below-threshold': 'Not achieved: below threshold',
  },
  editionNotice,

  cover: {
    subtitleOfMany: ({ count }) => `Maturity assessment across ${count} practice areas`,
    subtitleOfFew: ({ sections }) => `${sections} — maturity assessment`,
    client: 'Client',
    system: 'System audited',
    preparedBy: 'Prepared by',
    date: 'Date',
    label: ({ label }) => `${label}:`,
    logoAltText: ({ firm }) => `${firm} logo`,
  },
  page: {
    header: ({ client, system }) => `${client} · ${system}`,
    pageOfPages: ({ page, pages }) => `Page ${page} of ${pages}`,
  },
  chart: {
    title: 'Section scores',
    axisTitle: 'Score (%)',
    barNote: ({ level, levelName }) => `Level ${level} · ${levelName}`,
    altText: ({ bars }) => `Section scores: ${bars}.`,
    altTextBar: ({ section, score, level, maxLevel, levelName }) =>
      `${section} ${score}, level ${level} of ${maxLevel} (${levelName})`,
  },
  summary: {
    heading: 'Executive summary',
    maturityHeading: 'Maturity by section',
    columns: {
      section: 'Section',
      levelReached: 'Level reached',
      score: 'Score',
      coverage: 'Coverage',
    },
    levelReached: ({ level, maxLevel, levelName }) =>
      `Level ${level} of ${maxLevel} · ${levelName}`,
    maturityCaption: `Maturity levels run from 0, Ad-hoc, to the last outcome of each section's ladder.`,
    topFindingsHeading: 'Top findings',
    noFindings: ({ client }) => `No question was rated Not met or Partially met for ${client}.`,
    topColumns: { id: 'ID', finding: 'Finding', severity: 'Severity', section: 'Section' },
    topFindingsCaption: ({ shown, total }) =>
      `The ${shown} most severe of ${total} findings; all are in the action plan.`,
    assessed: ({ system, client, sections, score, answeredPercent }) =>
      `We assessed ${system} at ${client} across ${plural(sections, 'practice area')}, ` +
      `with an overall score of ${score} and ${answeredPercent}% of the questions answered.`,
    singleSection: ({ section, level, maxLevel, levelName }) =>
      `${section} stands at level ${level} of ${maxLevel}, ${levelName}.`,
    strongestAndWeakest: (v) =>
      `The strongest area is ${v.strongest} (${v.strongestLevel}, ${v.strongestScore}); ` +
      `the weakest is ${v.weakest} (${v.weakestLevel}, ${v.weakestScore}).`,
    noGaps: 'No gaps were found.',
    findingsCount: ({ count, bySeverity }) =>
      `The interview produced ${plural(count, 'finding')} (${bySeverity}); ` +
      'each is in the action plan with a recommendation, an owner and a due date to agree.',
    severityCount: ({ count, severity }) => `${count} ${severity.toLowerCase()}`,
  },
  method: {
    heading: 'Method',
    interview: ({ system, sectionCount, sections }) =>
      `The assessment followed a structured interview with the ${system} team, ` +
      `section by section, using ${plural(sectionCount, 'section')} of the question library ` +
      `(${sections}). ` +
      'Each answer records who gave it and whether it was stated in the interview or verified against evidence.',
    sectionSource: ({ title, pack, version }) => `${title}, ${pack} ${version}`,
    ratingScaleHeading: 'Rating scale',
    ratingColumns: { rating: 'Rating', countsAs: 'Counts as', meaning: 'Meaning' },
    ratingMeanings: {
      met: 'The practice is in place and works as described.',
      partial: 'The practice exists but has gaps or is not applied consistently.',
      'not-met': 'The practice is missing.',
      na: 'The question does not apply to this system; it is left out of the scores.',
    },
    notCounted: '—',
    scoringRulesHeading: 'Scoring rules',
    scoringRules: describeScoringMethod,
    coverageHeading: 'Coverage',
    coverage: ({ answered, total, percent }) =>
      `${answered} of ${plural(total, 'question')} were answered ` +
      `(${percent}%). Unanswered questions lower the coverage, not the scores, ` +
      'and keep their outcome from being achieved.',
    severityHeading: 'Severity of findings',
    severityRule: describeSeverityRule,
  },
  sections: {
    heading: ({ number, title }) => `Section ${number} · ${title}`,
    goal: ({ headline }) => `The goal: ${headline}`,
    maturity: ({ level, maxLevel, levelName }) =>
      `Maturity: level ${level} of ${maxLevel}, ${levelName}`,
    adhocMeaning: 'None of the outcomes is achieved yet.',
    ladderColumns: {
      level: 'Level',
      outcome: 'Outcome',
      meaning: 'What it means',
      reached: 'Reached',
    },
    currentLevel: 'Current level',
    reached: 'Reached',
    notYet: 'Not yet',
    ladderCaption: ({ section }) =>
      `The maturity ladder of ${section}; the current level is marked.`,
    outcomeColumns: {
      outcome: 'Outcome',
      score: 'Score',
      threshold: 'Threshold',
      answered: 'Answered',
      status: 'Status',
    },
    outcomeName: ({ level, name }) => `${level}. ${name}`,
    answeredOf: ({ answered, total }) => `${answered} of ${total}`,
    outcomeCaption: ({ score, answeredPercent }) =>
      `Section score ${score}; ${answeredPercent}% of its questions answered.`,
    everyOutcomeAchieved: 'Every outcome of the ladder is achieved.',
    blocksNextLevel: ({ outcome }) => `What blocks the next level, ${outcome}`,
    blocker: ({ reason }) => ` — ${reason}`,
    notAnsweredYet: 'not answered yet',
    contextHeading: 'Context recorded before the interview',
    answer: {
      rating: 'Rating',
      notAnswered: 'Not answered',
      basis: 'Basis',
      verified: 'Verified against evidence',
      stated: 'Stated in the interview',
      interviewees: 'Interviewees',
      notes: 'Notes',
      evidence: 'Evidence',
    },
  },
  actionPlan: {
    heading: 'Findings and action plan',
    noActions: 'No question was rated Not met or Partially met, so there is no action to take.',
    intro: ({ count }) =>
      `${plural(count, 'finding')}, most severe first. Each names the gap observed and what good looks like; ` +
      'an action item needs an owner and a due date to get done.',
    unassigned: ({ count, ids }) =>
      `${plural(count, 'action item')} still ${count === 1 ? 'needs' : 'need'} an owner or a due date: ${ids}.`,
    columns: {
      id: 'ID',
      finding: 'Finding',
      severity: 'Severity',
      owner: 'Owner',
      due: 'Due',
      status: 'Status',
    },
    notAssigned: 'Not assigned',
    noDate: 'No date',
    caption: 'The action plan. It is also available as a CSV file for the client’s tracker.',
    findingHeading: ({ id, title }) => `${id} · ${title}`,
    where: 'Where',
    whereValue: ({ section, check, outcome }) => `${section} › ${check} (outcome: ${outcome})`,
    gap: 'Gap observed',
    recommendation: 'Recommendation',
    changesHeading: ({ date }) => `What changed since ${date}`,
    changeColumns: {
      section: 'Section',
      levelThen: 'Level then',
      levelNow: 'Level now',
      scores: 'Score then → now',
    },
    level: ({ level, levelName }) => `${level} · ${levelName}`,
    notAssessed: 'Not assessed',
    scoreChange: ({ then, now, delta }) =>
      `${then} → ${now}` + (delta === null ? '' : ` (${delta > 0 ? '+' : ''}${delta} points)`),
    closedHeading: 'Findings closed since then',
    noneClosed: 'None of the previous findings is closed yet.',
  },
  evidence: {
    heading: 'Evidence appendix',
    none: 'No evidence was captured for this audit.',
    intro:
      'Every item captured during the audit. The SHA-256 of each file was computed when it was captured; ' +
      'anyone holding the original file can recompute it to show the file is the one seen.',
    itemHeading: ({ number, title }) => `${number} · ${title}`,
    file: 'File',
    typeAndSize: 'Type and size',
    typeAndSizeValue: ({ mediaType, size }) => `${mediaType}, ${size}`,
    captured: 'Captured',
    capturedValue: ({ when, by }) => `${when} by ${by}`,
    unknownPerson: 'unknown',
    sha256: 'SHA-256',
    original: 'Original',
    redactedFrom: 'Redacted from an original with SHA-256',
    editedFrom: 'Edited from an original with SHA-256',
    supports: 'Supports',
    noQuestion: 'No question',
    imageCaption: ({ number, title }) => `${number}. ${title}`,
  },
  narrative: {
    scopeAndApproach: 'Scope and approach',
    keyRecommendations: 'Key recommendations',
    limitations: 'Limitations',
    nextSteps: 'Next steps',
    sectionView: 'The auditor’s view',
  },
}
