import { describe, expect, it } from 'vitest'
import { requestSchemas } from '@shared/ipc-contract'
import { OPEN_KIND_SPECS } from '@shared/open-kinds'
import { OPENABLE_SAVE_KINDS, SAVE_KINDS } from '@shared/save-kinds'
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
        "save-stream:begin",
        "save-stream:append",
        "save-stream:finish",
        "save-stream:abort",
        "file:open",
        "file:show-in-folder",
        "file:open-path",
        "link:open-external",
        "report:export-pdf",
        "team:ask-session",
        "team:credentials:save",
        "team:credentials:load",
        "team:credentials:clear",
      ]
    `)
  })

  // What the renderer may ask main to write or read, and which saves it may open afterwards.
  it('lets the renderer save and open only these kinds of file', () => {
    expect({
      save: SAVE_KINDS,
      openAfterSaving: [...OPENABLE_SAVE_KINDS],
      open: Object.fromEntries(
        Object.entries(OPEN_KIND_SPECS).map(([kind, spec]) => [
          kind,
          `${spec.maxBytes} bytes, ${spec.filters?.flatMap((f) => f.extensions).join(' ') ?? 'any type'}`,
        ]),
      ),
    }).toMatchInlineSnapshot(`
      {
        "open": {
          "archive": "1073741824 bytes, auditwb",
          "content-pack": "5242880 bytes, json",
          "evidence": "1073741824 bytes, any type",
          "logo": "2097152 bytes, png jpg jpeg",
          "word-template": "10485760 bytes, dotx docx dotm docm",
          "workbook": "20971520 bytes, xlsx ods csv",
        },
        "openAfterSaving": [
          "report",
          "report-pdf",
          "action-plan",
        ],
        "save": [
          "report",
          "report-pdf",
          "action-plan",
          "archive",
          "workbook",
          "content-pack",
          "evidence-copy",
        ],
      }
    `)
  })
})
