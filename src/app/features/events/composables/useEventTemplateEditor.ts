import type { EventTemplateRow } from '../../../db/schema'
import type { EventPhase, TemplateItem } from '../../../../shared/records/eventTemplate'
import { uuidv7 } from '../../../../shared/ids'
import { computed, ref, watch } from 'vue'
import { translate } from '../../../i18n'
import { useDirtyForm } from '../../../composables/useDirtyForm'
import { useEventTemplates } from './useEventTemplates'
import { uiLanguageParse } from '../../../i18n/uiLanguageParse'

// The record's schema (and zod) loads on the first save, not with the screen.
const loadTemplateSchema = () => import('../../../../shared/records/eventTemplate').then(module => module.eventTemplateRecordSchema)

const copyOf = (template: EventTemplateRow): EventTemplateRow => JSON.parse(JSON.stringify(template))

/** A key unique within the template, kept when the item is reworded or moved. */
const newItemId = () => `i${uuidv7().replace(/-/g, '').slice(8, 24)}`

/** The first problem in words a coordinator can act on. */
function problemText(issue: { path: PropertyKey[], message: string }, items: TemplateItem[]): string {
  const [field, index, part] = issue.path
  if (field === 'items' && index === undefined)
    return translate('event.templates.needsItem')
  if (field === 'items' && part === 'text') {
    const item = items[Number(index)]
    const n = items.filter(other => other.phase === item.phase).indexOf(item) + 1
    return translate('event.templates.emptyItem', { phase: translate(`event.phases.${item.phase}`), n })
  }
  if (field === 'name')
    return translate('event.form.required', { field: translate('event.templates.name') })
  return `${issue.path.join('.')}: ${issue.message}`
}

/**
 * A coordinator's edit of one checklist template: items per phase added, removed and moved,
 * saved whole when valid. Registers with the dirty-form store while unsaved.
 */
export function useEventTemplateEditor() {
  const templates = useEventTemplates()
  const selectedId = ref(templates.all.value[0]?.id ?? '')
  const draft = ref<EventTemplateRow | null>(null)
  const baseline = ref('')
  const error = ref('')

  function load(template: EventTemplateRow | undefined) {
    draft.value = template ? copyOf(template) : null
    baseline.value = JSON.stringify(draft.value)
    error.value = ''
  }
  const dirty = computed(() => draft.value !== null && JSON.stringify(draft.value) !== baseline.value)
  // A template changed elsewhere (another coordinator, a sync) is loaded only while nothing is
  // edited here; a new template not stored yet keeps its draft.
  watch([selectedId, templates.all], ([id], [previousId]) => {
    const found = templates.all.value.find(template => template.id === id)
    if (found && (id !== previousId || !dirty.value))
      load(found)
  }, { immediate: true })
  useDirtyForm(() => dirty.value)

  function create() {
    const template: EventTemplateRow = { id: `event-template-${uuidv7()}`, name: translate('event.templates.newName'), eventTypes: [], items: [], archived: false, updatedAt: 0 }
    draft.value = template
    baseline.value = ''
    selectedId.value = template.id
  }

  const itemsOf = (phase: EventPhase) => draft.value?.items.filter(item => item.phase === phase) ?? []
  const addItem = (phase: EventPhase) => draft.value!.items.push({ id: newItemId(), phase, text: '' })
  const setItemText = (item: TemplateItem, text: string) => item.text = text
  const removeItem = (item: TemplateItem) => draft.value!.items.splice(draft.value!.items.indexOf(item), 1)

  /** Swaps the item with its neighbour in the same phase; other phases keep their order. */
  function moveItem(item: TemplateItem, step: -1 | 1) {
    const items = draft.value!.items
    const samePhase = items.filter(other => other.phase === item.phase)
    const neighbour = samePhase[samePhase.indexOf(item) + step]
    if (!neighbour)
      return
    const [a, b] = [items.indexOf(item), items.indexOf(neighbour)]
    items.splice(a, 1, neighbour)
    items.splice(b, 1, item)
  }

  /** Saves the template whole when it is valid; false with `error` saying what to fix, or when the write failed. */
  async function save(): Promise<boolean> {
    const saved = await templates.exclusively(async () => {
      const [schema, options] = await Promise.all([loadTemplateSchema(), uiLanguageParse()])
      const checked = schema.safeParse(draft.value, options)
      if (!checked.success) {
        error.value = problemText(checked.error.issues[0], draft.value!.items)
        return null
      }
      error.value = ''
      return (await templates.save(checked.data)) ?? null
    })
    if (saved) {
      load(saved)
      // The first edit of a built-in template is stored under my organization's own id.
      selectedId.value = saved.id
    }
    return Boolean(saved)
  }

  return { all: templates.all, isBuiltIn: templates.isBuiltIn, saving: templates.saving, readError: templates.error, retryRead: templates.retry, selectedId, draft, dirty, error, create, itemsOf, addItem, setItemText, removeItem, moveItem, save }
}
