import type { FeedbackRow } from '../../../db/schema'
import { ref, watch } from 'vue'
import { feedbackCsv } from '../../../../shared/feedback/csv'
import { translate } from '../../../i18n'
import { shareOrDownload } from '../../../sync/exportUnsent'
import { useFeedbackEvents } from './useFeedbackEvents'
import { useFeedbackInbox } from './useFeedbackInbox'
import { usePlanLibrary } from '../../plans'
import { useDirectory } from '../../directory'

/**
 * The plan library once read, for the tasks' titles. Opened by the first export, not by the inbox:
 * the inbox shows no plan, and on a first visit opening the library stores every bundled plan.
 */
async function readPlanLibrary(): Promise<ReturnType<typeof usePlanLibrary>> {
  const library = usePlanLibrary()
  if (!library.ready.value) {
    await new Promise<void>((resolve) => {
      const stop = watch(library.ready, (ready) => {
        if (ready) {
          stop()
          resolve()
        }
      })
    })
  }
  return library
}

/**
 * The listed feedback as a CSV file Excel opens in Chinese (UTF-8 with a byte-order mark),
 * shared from a phone or downloaded; contact details only as far as this viewer may see them.
 */
export function useFeedbackExport() {
  const inbox = useFeedbackInbox()
  const { titles, byId } = useFeedbackEvents()
  const { displayName } = useDirectory()
  const busy = ref(false)
  const result = ref('')

  async function exportCsv(items: readonly FeedbackRow[]): Promise<void> {
    busy.value = true
    result.value = ''
    try {
      const library = await readPlanLibrary()
      const taskTitles = new Map(items.filter(item => item.taskId).map(item => [item.taskId!, library.taskById.value.get(item.taskId!)?.title ?? item.taskId!]))
      const titleOf = (taskId: string) => library.taskById.value.get(taskId)?.title ?? taskId
      const eventTaskTitles = new Map(items.filter(item => item.eventId && byId.value.has(item.eventId))
        .map(item => [item.eventId!, byId.value.get(item.eventId!)!.taskIds.map(titleOf)]))
      const csv = feedbackCsv(items, { viewer: inbox.viewer.value, today: inbox.today.value, eventTitles: titles.value, taskTitles, eventTaskTitles, unitName: displayName })
      const file = new File([csv], `意见建议-${inbox.today.value.replace(/-/g, '')}.csv`, { type: 'text/csv;charset=utf-8' })
      await shareOrDownload(file)
      result.value = translate('feedback.inbox.exported', { n: items.length })
    }
    catch (error) {
      // Closing the share sheet is an answer, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        result.value = translate('feedback.inbox.exportFailed', { message: error instanceof Error ? error.message : String(error) })
    }
    finally {
      busy.value = false
    }
  }

  return { busy, result, exportCsv }
}
