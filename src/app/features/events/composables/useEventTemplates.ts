import type { EventTemplateRow } from '../../../db/schema'
import type { EventType } from '../../../../shared/records/event'
import { builtInEventTemplates, templatesFor } from '../../../../shared/events'
import { computed } from 'vue'
import { observeEventTemplates } from '../../../db/eventReads'
import { saveEventTemplate } from '../../../db/eventRepository'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useLive } from '../../../composables/useLive'

/** The checklist templates: built-in ones, replaced by a coordinator's stored edit of the same id. */
export function useEventTemplates() {
  const { run, saving } = useSafeWrite()
  const read = useLive(() => observeEventTemplates(), [] as EventTemplateRow[])
  const stored = read.data

  const all = computed(() => {
    const byId = new Map([...builtInEventTemplates, ...stored.value].map(template => [template.id, template]))
    return [...byId.values()]
  })
  const isBuiltIn = (id: string) => builtInEventTemplates.some(template => template.id === id)
  const forType = (type: EventType) => templatesFor(type, stored.value)
  const save = (template: EventTemplateRow) => run(() => saveEventTemplate(template))

  return { all, isBuiltIn, forType, save, saving, error: read.error, retry: read.retry }
}
