import type { ReportEdition } from '../../audit/edition'
import type { AuditContent, Rating } from '../../audit/model'
import type { FindingStatus, Severity } from '../../findings/model'
import type { MethodBlock } from '../../scoring/method'
import type { OutcomeStatus } from '../../scoring/model'

/**
 * Every fixed word the report writes, in one language: headings, column headers, captions, the
 * cover's labels, the footer's page numbers, rating and severity names, and the sentences of the
 * generated text. A sentence with values in it is a function of named values, so a language puts
 * them where its grammar wants them (and makes its own plurals).
 *
 * No member is optional: a language missing one string does not compile.
 *
 * Adding a language: copy `english.ts` to a file of its own (say `french.ts`, exporting
 * `FRENCH: ReportText`), translate every entry, and register it in `REPORT_LANGUAGES`
 * (`languages.ts`). The chapter builders, the Word writer and the preview take their words from
 * `reportText(language)`; none needs an edit. A report is built in a language through
 * `ReportOptions.language` (English without one), and its model carries the language to the
 * writers.
 */
export interface ReportText {
  /** Dates as the report writes them. */
  dates: {
    /** January first. */
    months: readonly string[]
    /** "28 November 2026". */
    date: (parts: { day: number; month: string; year: string }) => string
    /** "28 November 2026, 14:05". */
    dateTime: (parts: { date: string; hour: string; minute: string }) => string
  }
  /** "a, b and c". */
  list: (items: readonly string[]) => string
  /** A score as a percentage, "63%", or that there is none. */
  score: (percent: number | null) => string
  /** A share, e.g. of questions answered: "80%". */
  percent: (percent: number) => string
  /** Level 0 of every ladder, before any outcome is achieved. */
  adhocLevelName: string
  ratings: Record<Rating, string>
  severities: Record<Severity, string>
  findingStatuses: Record<FindingStatus, string>
  outcomeStatuses: Record<OutcomeStatus, string>
  /** What the cover says about its edition; nothing for the client's. */
  editionNotice: (edition: ReportEdition) => string | undefined

  cover: {
    subtitleOfMany: (values: { count: number }) => string
    subtitleOfFew: (values: { sections: string }) => string
    client: string
    system: string
    preparedBy: string
    date: string
    /** A label as it stands before its value: "Client:". */
    label: (values: { label: string }) => string
    logoAltText: (values: { firm: string }) => string
  }
  page: {
    /** The running header after the cover. */
    header: (values: { client: string; system: string }) => string
    /** The footer's page number; page and pages are fields the word processor fills in. */
    pageOfPages: (values: { page: string; pages: string }) => string
  }
  chart: {
    title: string
    axisTitle: string
    barNote: (values: { level: number; levelName: string }) => string
    altText: (values: { bars: string }) => string
    altTextBar: (values: {
      section: string
      score: string
      level: number
      maxLevel: number
      levelName: string
    }) => string
  }
  summary: {
    heading: string
    maturityHeading: string
    columns: { section: string; levelReached: string; score: string; coverage: string }
    levelReached: (values: { level: number; maxLevel: number; levelName: string }) => string
    maturityCaption: string
    topFindingsHeading: string
    noFindings: (values: { client: string }) => string
    topColumns: { id: string; finding: string; severity: string; section: string }
    topFindingsCaption: (values: { shown: number; total: number }) => string
    /** The generated draft's sentences. */
    assessed: (values: {
      system: string
      client: string
      sections: number
      score: string
      answeredPercent: number
    }) => string
    singleSection: (values: {
      section: string
      level: number
      maxLevel: number
      levelName: string
    }) => string
    strongestAndWeakest: (values: {
      strongest: string
      strongestLevel: string
      strongestScore: string
      weakest: string
      weakestLevel: string
      weakestScore: string
    }) => string
    noGaps: string
    findingsCount: (values: { count: number; bySeverity: string }) => string
    severityCount: (values: { count: number; severity: string }) => string
  }
  method: {
    heading: string
    interview: (values: { system: string; sectionCount: number; sections: string }) => string
    sectionSource: (values: { title: string; pack: string; version: string }) => string
    ratingScaleHeading: string
    ratingColumns: { rating: string; countsAs: string; meaning: string }
    ratingMeanings: Record<Rating, string>
    notCounted: string
    scoringRulesHeading: string
    scoringRules: (content: AuditContent) => MethodBlock[]
    coverageHeading: string
    coverage: (values: { answered: number; total: number; percent: number }) => string
    severityHeading: string
    severityRule: () => string[]
  }
  sections: {
    heading: (values: { number: number | string; title: string }) => string
    goal: (values: { headline: string }) => string
    maturity: (values: { level: number; maxLevel: number; levelName: string }) => string
    adhocMeaning: string
    ladderColumns: { level: string; outcome: string; meaning: string; reached: string }
    currentLevel: string
    reached: string
    notYet: string
    ladderCaption: (values: { section: string }) => string
    outcomeColumns: {
      outcome: string
      score: string
      threshold: string
      answered: string
      status: string
    }
    outcomeName: (values: { level: number; name: string }) => string
    answeredOf: (values: { answered: number; total: number }) => string
    outcomeCaption: (values: { score: string; answeredPercent: number }) => string
    everyOutcomeAchieved: string
    blocksNextLevel: (values: { outcome: string }) => string
    blocker: (values: { reason: string }) => string
    notAnsweredYet: string
    contextHeading: string
    answer: {
      rating: string
      notAnswered: string
      basis: string
      verified: string
      stated: string
      interviewees: string
      notes: string
      evidence: string
    }
  }
  actionPlan: {
    heading: string
    noActions: string
    intro: (values: { count: number }) => string
    unassigned: (values: { count: number; ids: string }) => string
    columns: {
      id: string
      finding: string
      severity: string
      owner: string
      due: string
      status: string
    }
    notAssigned: string
    noDate: string
    caption: string
    findingHeading: (values: { id: string; title: string }) => string
    where: string
    whereValue: (values: { section: string; check: string; outcome: string }) => string
    gap: string
    recommendation: string
    changesHeading: (values: { date: string }) => string
    changeColumns: { section: string; levelThen: string; levelNow: string; scores: string }
    level: (values: { level: number; levelName: string }) => string
    notAssessed: string
    scoreChange: (values: { then: string; now: string; delta: number | null }) => string
    closedHeading: string
    noneClosed: string
  }
  evidence: {
    heading: string
    none: string
    intro: string
    itemHeading: (values: { number: string; title: string }) => string
    file: string
    typeAndSize: string
    typeAndSizeValue: (values: { mediaType: string; size: string }) => string
    captured: string
    capturedValue: (values: { when: string; by: string }) => string
    unknownPerson: string
    sha256: string
    /** The row of a redacted or annotated version that names its original by hash. */
    original: string
    redactedFrom: string
    editedFrom: string
    supports: string
    noQuestion: string
    imageCaption: (values: { number: string; title: string }) => string
  }
  narrative: {
    scopeAndApproach: string
    keyRecommendations: string
    limitations: string
    nextSteps: string
    sectionView: string
  }
}
