import { RATING_LABELS, type Rating } from '@core/audit'

export interface RatingOption {
  rating: Rating
  label: string
  /** Keys that set this rating (PRODUCT.md §4: 1–4, and 0 or N for not applicable). */
  keys: readonly string[]
  /** Shown in the outline beside the question, and read out with the label. */
  symbol: string
}

export const RATING_OPTIONS: readonly RatingOption[] = [
  { rating: 'met', label: RATING_LABELS['met'], keys: ['1'], symbol: '✓' },
  { rating: 'partial', label: RATING_LABELS['partial'], keys: ['2'], symbol: '◐' },
  { rating: 'not-met', label: RATING_LABELS['not-met'], keys: ['3'], symbol: '✗' },
  { rating: 'na', label: RATING_LABELS['na'], keys: ['4', '0', 'n', 'N'], symbol: '–' },
]

export function ratingLabel(rating: Rating | undefined): string {
  return rating ? RATING_LABELS[rating] : 'Unanswered'
}
