/** "1 finding", "3 findings", "0 evidence items"; an irregular plural is given: plural(2, 'is', 'are'). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`
}
