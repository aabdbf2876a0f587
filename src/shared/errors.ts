/** A failure whose message is written for the user: what happened and what to do. */
export class UserFacingError extends Error {
  override name = 'UserFacingError'
}
