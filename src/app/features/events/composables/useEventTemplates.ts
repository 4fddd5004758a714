import type { EventTemplateRow } from '../../../db/schema'
import type { EventType } from '../../../../shared/records/event'
import { builtInEventTemplates, templatesFor } from '../../../../shared/events'
import { baseRecordId, ownedByOrganization, withStoredEdits } from '../../../../shared/records/owner'
import { computed } from 'vue'
import { observeEventTemplates } from '../../../db/eventReads'
import { saveEventTemplate } from '../../../db/eventRepository'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useLive } from '../../../composables/useLive'
import { useDirectory } from '../../directory'

const builtInIds = builtInEventTemplates.map(template => template.id)

/**
 * The checklist templates: built-in ones, replaced by my organization's stored edit of the same
 * one (or one shared from before organizations), and my organization's own.
 */
export function useEventTemplates() {
  const { run, exclusively, saving } = useSafeWrite()
  const { organizationId } = useDirectory()
  const read = useLive(() => observeEventTemplates(), [] as EventTemplateRow[])
  const stored = read.data

  const all = computed(() => withStoredEdits(builtInEventTemplates, stored.value))
  const isBuiltIn = (id: string) => builtInIds.includes(id) || stored.value.some(template => template.id === id && builtInIds.includes(baseRecordId(template)))
  const forType = (type: EventType) => templatesFor(type, stored.value)
  /** A template stored for the first time becomes my organization's; the stored one, as saved, or undefined when the write failed. */
  function save(template: EventTemplateRow): Promise<EventTemplateRow | undefined> {
    const first = !stored.value.some(row => row.id === template.id)
    return run(() => saveEventTemplate(first ? ownedByOrganization(template, organizationId.value, builtInIds) : template))
  }

  return { all, isBuiltIn, forType, save, exclusively, saving, error: read.error, retry: read.retry }
}
