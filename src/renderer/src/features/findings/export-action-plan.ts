import { EDITION_CHOICES, type Audit, type ReportEdition } from '@core/audit'
import { actionPlanFileName, toActionPlanCsv, type Finding } from '@core/findings'
import { plural } from '../../components/format'
import { getBridge } from '../../platform/bridge'
import { useToasts } from '../../components/toast-store'

/**
 * Saves the action plan as CSV through the bridge: a save dialog in the desktop app, a download
 * in a browser. Every finding, in section order, whatever the screen's filters show, as the
 * chosen edition may tell it.
 */
export async function exportActionPlan(
  audit: Audit,
  findings: readonly Finding[],
  edition: ReportEdition,
): Promise<void> {
  const ordered = [...findings].sort((a, b) => a.order - b.order)
  const bytes = new TextEncoder().encode(toActionPlanCsv(ordered, edition))
  const bridge = getBridge()
  const result = await bridge.saveFile({
    kind: 'action-plan',
    defaultName: actionPlanFileName(audit),
    bytes,
  })
  if (result.status !== 'saved') return
  useToasts.getState().show({
    message: `Action plan saved: ${result.name} (${plural(ordered.length, 'finding')}, ${EDITION_CHOICES[edition].label.toLowerCase()}).`,
    tone: 'info',
    // Only the desktop app has a folder to show; a browser download has none.
    ...(window.workbook
      ? {
          action: {
            label: 'Show in folder',
            run: async () => {
              await bridge.showInFolder({ path: result.path })
            },
          },
        }
      : {}),
  })
}
