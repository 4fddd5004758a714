import { computed, type Ref } from 'vue'
import { eventReportCsv, eventReportFigures } from '../model/eventReport'
import { translate } from '../../../i18n'
import { shareOrDownload } from '../../../sync/exportUnsent'
import { useEventRecords } from './useEventRecords'
import { useEventResponses } from './useEventResponses'
import { combinedRead } from '../../../composables/useLive'
import { useDirectory } from '../../directory'

/** An event's report: attendance, sessions, the public's feedback and photos, printable and as CSV. */
export function useEventReport(eventId: Ref<string>) {
  const recorded = useEventRecords(eventId)
  const { records, ready, event, tally, checklistByPhase, checklistDone } = recorded
  const responses = useEventResponses(eventId)
  const { feedback, responseCount } = responses
  const { error, retry } = combinedRead([recorded, responses])
  const { displayName } = useDirectory()
  const figures = computed(() => event.value ? eventReportFigures(event.value, tally.value, feedback.value) : null)

  /** The browser's print dialog, where "Save as PDF" is one of the printers. */
  const print = () => globalThis.print()

  function summaryFile(): File | null {
    if (!event.value || !figures.value)
      return null
    const csv = eventReportCsv({ event: event.value, figures: figures.value, sessions: records.value.sessions, responseCount: responseCount.value, photoCount: records.value.photos.length, unitName: displayName(event.value.unit) })
    const name = translate('event.report.fileName', { title: event.value.title.replace(/[\\/:*?"<>|]/g, '_').slice(0, 60) })
    return new File([csv], name, { type: 'text/csv;charset=utf-8' })
  }

  async function download(): Promise<void> {
    const file = summaryFile()
    if (file)
      await shareOrDownload(file).catch(() => {})
  }

  // In the order received: the report reads as the day went.
  const opinions = computed(() => [...feedback.value].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id)))

  return { records, ready, error, retry, event, figures, checklistByPhase, checklistDone, opinions, feedbackCount: computed(() => feedback.value.length), responseCount, print, summaryFile, download }
}
