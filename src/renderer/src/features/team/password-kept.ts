import type { CredentialsKept } from '@shared/ipc-contract'

/** Where the team password is kept, in the user's words: they should know it is not forever. */
export function describePasswordKept(
  kept: CredentialsKept,
  runtime: 'electron' | 'browser',
): string {
  if (kept === 'keychain') return 'Your password is kept in this computer’s keychain.'
  if (runtime === 'browser') return 'Your password is kept only while this tab is open.'
  return (
    'This computer offers no keychain to keep your password safely, so it is kept only until ' +
    'you quit the app (on Linux, a keyring such as GNOME Keyring or KWallet provides one).'
  )
}
