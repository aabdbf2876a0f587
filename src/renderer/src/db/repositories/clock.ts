/** Time and identity, injected so repository tests are exact. */
export interface Clock {
  now(): number
  newId(): string
}

export const systemClock: Clock = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
}
