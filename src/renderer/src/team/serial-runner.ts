/**
 * Runs a job one at a time however often it is asked for: a request while it runs means one more
 * run after it, never two at once and never a request lost. For the pump and the applier, which
 * each change and each arrival asks for.
 */
export function serialRunner(
  job: () => Promise<unknown>,
  onError: (error: unknown) => void,
): { request(): Promise<void>; idle(): Promise<void> } {
  let running: Promise<void> | null = null
  let again = false
  const loop = async (): Promise<void> => {
    do {
      again = false
      try {
        await job()
      } catch (error) {
        onError(error)
      }
    } while (again)
    running = null
  }
  return {
    request() {
      if (running) again = true
      else running = loop()
      return running
    },
    idle: () => running ?? Promise.resolve(),
  }
}
