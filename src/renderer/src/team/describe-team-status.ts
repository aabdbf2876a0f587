import type { TeamStatus } from './team-status'

/**
 * The team workspace's status in words, as the app bar shows it (issue 18): the state that needs
 * the user first (signed out, conflicts), then what is on its way. Empty when there is no
 * workspace: the app bar shows nothing then.
 */
export function describeTeamStatus(status: TeamStatus): string {
  switch (status.state) {
    case 'off':
      return ''
    case 'signed-out':
      return 'Signed out — sign in again'
    case 'connecting':
      return withConflicts('Connecting…', status)
    case 'offline': {
      const waiting = stillToSend(status)
      return withConflicts(waiting ? `Offline, ${waiting}` : 'Offline', status)
    }
    case 'waiting':
    case 'synced':
      // A count of zero while "waiting" is the moment between sending and the server's answer.
      return withConflicts(stillToSend(status) || 'Synced', status)
  }
}

/** "2 changes and 1 file waiting"; empty when nothing is. */
function stillToSend({ waiting, files }: TeamStatus): string {
  const what = [
    waiting > 0 ? count(waiting, 'change') : '',
    files > 0 ? count(files, 'file') : '',
  ].filter(Boolean)
  return what.length > 0 ? `${what.join(' and ')} waiting` : ''
}

function withConflicts(text: string, status: TeamStatus): string {
  const extra = [
    status.conflicts > 0 ? count(status.conflicts, 'conflict') : '',
    status.refused > 0 ? `${count(status.refused, 'change')} refused` : '',
  ].filter(Boolean)
  // Conflicts first: they wait for the user, the rest only for the network.
  return [...extra, text].join(' · ')
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
