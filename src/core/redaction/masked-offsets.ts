import { maskFor, type TextRange } from './mask-text'

/**
 * Where a selection made in the masked text (what the consultant sees while redacting) lies in the
 * source text. `masked` are the ranges already masked, merged and in order, as `maskText` gives
 * them; a selection end inside a mask takes in the whole masked passage.
 */
export function toSourceRange(selection: TextRange, masked: readonly TextRange[]): TextRange {
  return {
    start: toSourceOffset(selection.start, masked, 'start'),
    end: toSourceOffset(selection.end, masked, 'end'),
  }
}

function toSourceOffset(
  offset: number,
  masked: readonly TextRange[],
  side: 'start' | 'end',
): number {
  // How much longer the source is than the masked text before the current point.
  let shift = 0
  for (const range of masked) {
    const shownStart = range.start - shift
    const shownEnd = shownStart + maskFor(range.end - range.start).length
    if (offset <= shownStart) break
    if (offset < shownEnd) return side === 'start' ? range.start : range.end
    shift += range.end - range.start - (shownEnd - shownStart)
  }
  return offset + shift
}
