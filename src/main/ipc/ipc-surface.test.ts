import { describe, expect, it } from 'vitest'
import { requestSchemas } from '@shared/ipc-contract'
import { createHandlers } from './handlers'
import { registerHandlers } from './register-handlers'
import { createFakeIpcMain } from './test-support/fake-ipc-main'

// The whole surface the renderer can reach in the main process. A change here is a change to
// the app's attack surface: review it as such, then update the snapshot with `vitest -u`.
describe('IPC surface', () => {
  it('registers exactly the channels of the contract', () => {
    const ipcMain = createFakeIpcMain()
    const unused = () => {
      throw new Error('not called')
    }
    const handlers = createHandlers({
      app: { getName: unused, getVersion: unused, getPath: unused },
      platform: 'linux',
      dialogs: { showSaveDialog: unused, showOpenDialog: unused },
      shell: { showItemInFolder: unused, openExternal: unused, openPath: unused },
    })
    registerHandlers(ipcMain, handlers, { isTrustedSender: () => true })

    expect(ipcMain.channels()).toEqual(Object.keys(requestSchemas))
    expect(ipcMain.channels()).toMatchInlineSnapshot(`
      [
        "app:info",
        "file:save",
        "file:open",
        "file:show-in-folder",
        "file:open-path",
        "link:open-external",
      ]
    `)
  })
})
