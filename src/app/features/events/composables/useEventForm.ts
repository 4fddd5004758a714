import type { EventRow } from '../../../db/schema'
import type { EventFormat, EventType } from '../../../../shared/records/event'
import { standardQuestionnaire } from '../../../../shared/questionnaire/standard'
import { computed, reactive, ref, watch } from 'vue'
import { dateInputValue, type DateTime, endAfterStartMoved, instantOf, timeInputValue } from '../model/eventWhen'
import { readEvent } from '../../../db/eventReads'
import { changeEvent, createEvent, type EventChange, type EventDraft } from '../../../db/eventRepository'
import { type MessageKey, translate } from '../../../i18n'
import { useDirtyForm } from '../../../composables/useDirtyForm'
import { useEventAccess } from './useEventAccess'
import { useEventTemplates } from './useEventTemplates'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { uiLanguageParse } from '../../../i18n/uiLanguageParse'

export interface EventFormModel {
  type: EventType
  title: string
  theme: string
  /** Start and end each as a Shanghai date and time: an event may run past midnight or over weeks. */
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  venue: string
  unit: string
  format: EventFormat
  /** Kept as typed; an empty field means "not given". */
  invited: string
  onlineAudience: string
  taskIds: string[]
  templateId: string
  /** The questionnaire visitors answer; the standard one when the event names none. */
  questionnaireId: string
}

export type EventFormField = keyof EventFormModel

function modelOf(event: EventRow): EventFormModel {
  return {
    type: event.type,
    title: event.title,
    theme: event.theme,
    startDate: dateInputValue(event.startsAt),
    startTime: timeInputValue(event.startsAt),
    endDate: dateInputValue(event.endsAt),
    endTime: timeInputValue(event.endsAt),
    venue: event.venue,
    unit: event.unit,
    format: event.format,
    invited: event.invitedCount?.toString() ?? '',
    onlineAudience: event.onlineAudience?.toString() ?? '',
    taskIds: [...event.taskIds],
    templateId: '',
    questionnaireId: event.questionnaireId ?? standardQuestionnaire.id,
  }
}

/** Record fields whose input has another name in the form. */
const formFieldOf: Record<string, EventFormField> = { invitedCount: 'invited', startsAt: 'startTime', endsAt: 'endTime' }

/** The stored instant when the inputs still show its minute: the form must not move a time it did not change. */
function unlessSameMinute(entered: number | null, stored: number | undefined): number | null {
  return entered !== null && stored !== undefined && entered === stored - (stored % 60_000) ? stored : entered
}

const countOf = (text: string) => text.trim() === '' ? null : Number(text.trim())

// The record's schema (and zod, a third of this screen's download) loads on the first save, not
// with the form; a screen that records fetches it in idle time beforehand (usePreparedWrites).
const loadEventSchema = () => import('../../../../shared/records/event').then(module => module.eventRecordSchema)

/**
 * The create/edit form of an event. It registers with the dirty-form store, so an app update
 * never reloads under it; a change pulled meanwhile never replaces what is being typed.
 */
export function useEventForm(eventId: string | null, options: { taskId?: string, now?: number } = {}) {
  const { myUnit, authorId } = useEventAccess()
  const templates = useEventTemplates()
  const { run, exclusively, saving } = useSafeWrite()
  const today = dateInputValue(options.now ?? Date.now())
  const model = reactive<EventFormModel>({
    type: 'open_day', title: '', theme: '', startDate: today, startTime: '09:30', endDate: today, endTime: '11:30', venue: '',
    unit: myUnit.value ?? '', format: 'offline', invited: '', onlineAudience: '', taskIds: options.taskId ? [options.taskId] : [], templateId: '',
    questionnaireId: standardQuestionnaire.id,
  })
  const original = ref<EventRow | null>(null)
  const loaded = ref(eventId === null)
  const missing = ref(false)
  const errors = reactive<Partial<Record<EventFormField, string>>>({})
  const saved = ref(false)
  let baseline = ''

  const templateChoices = computed(() => templates.forType(model.type))
  watch(templateChoices, (choices) => {
    if (!choices.some(t => t.id === model.templateId))
      model.templateId = choices[0]?.id ?? ''
  }, { immediate: true })
  baseline = JSON.stringify(model)

  if (eventId) {
    void readEvent(eventId).then((event) => {
      if (event) {
        original.value = event
        Object.assign(model, modelOf(event))
        baseline = JSON.stringify(model)
      }
      missing.value = !event
      loaded.value = true
    })
  }

  const dirty = computed(() => loaded.value && !saved.value && JSON.stringify(model) !== baseline)
  useDirtyForm(() => dirty.value)

  function fieldError(field: EventFormField, key: MessageKey, params = {}) {
    errors[field] ??= translate(key, params)
  }

  /** The record fields the form gives, or null with `errors` saying what to fix. */
  async function fields(): Promise<EventDraft | null> {
    for (const key of Object.keys(errors) as EventFormField[])
      delete errors[key]
    const startsAt = unlessSameMinute(instantOf(model.startDate, model.startTime), original.value?.startsAt)
    const endsAt = unlessSameMinute(instantOf(model.endDate, model.endTime), original.value?.endsAt)
    const draft = {
      unit: model.unit.trim(), type: model.type, title: model.title, theme: model.theme.trim(), startsAt: startsAt ?? 0, endsAt: endsAt ?? 0,
      venue: model.venue.trim(), format: model.format, taskIds: model.taskIds, invitedCount: countOf(model.invited),
      onlineAudience: model.format === 'offline' ? null : countOf(model.onlineAudience),
      // The standard questionnaire is the default, not a choice: an event left on it keeps naming none.
      questionnaireId: model.questionnaireId === standardQuestionnaire.id && original.value?.questionnaireId !== standardQuestionnaire.id ? null : model.questionnaireId,
    }
    if (!draft.title.trim())
      fieldError('title', 'event.form.required', { field: translate('event.form.title') })
    if (!draft.unit)
      fieldError('unit', 'event.form.needUnit')
    if (startsAt === null)
      fieldError('startTime', 'event.form.required', { field: translate('event.form.startTime') })
    if (endsAt === null)
      fieldError('endTime', 'event.form.required', { field: translate('event.form.endTime') })
    else if (startsAt !== null && endsAt < startsAt)
      fieldError('endTime', 'event.form.endBeforeStart')
    const [schema, options] = await Promise.all([loadEventSchema(), uiLanguageParse()])
    const check = schema.safeParse({ ...draft, id: '00000000-0000-7000-8000-000000000000', status: 'planned', questionnaireId: null, createdAt: 0, createdBy: '' }, options)
    for (const field of ['invited', 'onlineAudience'] as const) {
      if (model[field].trim() && !/^\d+$/.test(model[field].trim()))
        fieldError(field, 'event.form.invalidCount')
    }
    for (const issue of check.success ? [] : check.error.issues) {
      const field = String(issue.path[0])
      errors[formFieldOf[field] ?? field as EventFormField] ??= issue.message
    }
    return Object.keys(errors).length ? null : draft
  }

  /** A start chosen: the end moves with it where it must (model/eventWhen.ts). */
  function moveStart(start: DateTime) {
    const end = endAfterStartMoved({ date: model.startDate, time: model.startTime }, start, { date: model.endDate, time: model.endTime })
    Object.assign(model, { startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time })
  }

  function moveEnd(end: DateTime) {
    Object.assign(model, { endDate: end.date, endTime: end.time })
  }

  /** Saves; resolves with the event's id once it is on the device, or null. */
  const save = (): Promise<string | null> => exclusively(async () => {
    const draft = await fields()
    if (!draft)
      return null
    const before = original.value
    const template = templateChoices.value.find(t => t.id === model.templateId) ?? null
    const change = before && changedFields(before, draft)
    if (change && !Object.keys(change).length) {
      saved.value = true
      return before.id
    }
    const result = before && change
      ? await run(() => changeEvent(before.id, change))
      : await run(() => createEvent(draft, template, authorId()))
    if (!result)
      return null
    saved.value = true
    return result.id
  })

  return { model, errors, loaded, missing, original, dirty, saving, templateChoices, isNew: eventId === null, moveStart, moveEnd, save }
}

/** Only what the form changed; start and end always travel together. */
function changedFields(before: EventRow, draft: EventDraft): EventChange {
  const change: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(draft)) {
    if (key !== 'unit' && JSON.stringify(before[key as keyof EventRow]) !== JSON.stringify(value))
      change[key] = value
  }
  if ('startsAt' in change || 'endsAt' in change)
    Object.assign(change, { startsAt: draft.startsAt, endsAt: draft.endsAt })
  return change as EventChange
}
