import type { AttendeeType } from '../../../../shared/records/checkin'
import type { ProcessedPhoto } from '../../../db/evidenceRepository'
import type { FeedbackRow } from '../../../db/schema'
import { computed, ref, shallowRef } from 'vue'
import { uuidv7 } from '../../../../shared/ids'
import { readEvent } from '../../../db/eventReads'
import { translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { measureSince } from '../../../utils/perfMarks'
import { processPhoto, UnreadablePhotoError } from '../../photos'
import { useFeedbackSettings } from './useFeedbackSettings'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useStoredRef } from '../../../composables/useStoredRef'

/**
 * Turning a draft into a checked record needs the record's schema (and zod, a third of the screen's
 * download): it loads on the first save, and in idle time once the screen is painted (FeedbackNewPage).
 */
export const loadFeedbackChecks = () => import('../../../../shared/feedback/create')
/**
 * The write itself (IndexedDB's own transaction for an item without a photo): with the checks, not
 * with the form. Loading it starts the writer worker, which the form's first item then finds open.
 */
export function loadFeedbackRecording() {
  return import('../../../db/feedbackRecording').then((recording) => {
    recording.prepareFeedbackRecording()
    return recording
  })
}

/** What the quick-entry form collected. */
export interface FeedbackDraft {
  content: string
  topic: string
  respondentType: AttendeeType
  rating: number | null
  eventId: string | null
  taskId: string | null
  consent: boolean
  name: string
  phone: string
}

const problemFields = ['content', 'topic', 'phone', 'name', 'consent'] as const
const isProblemField = (key: string): key is typeof problemFields[number] => (problemFields as readonly string[]).includes(key)
export type FeedbackProblems = Partial<Record<typeof problemFields[number] | 'contact' | 'photo', string>>

/** The schema's issues, as words next to the fields the person can fix. */
function problemsOf(issues: ReadonlyArray<{ path: PropertyKey[] }>): FeedbackProblems {
  const out: FeedbackProblems = {}
  for (const issue of issues) {
    const field = String(issue.path[0])
    const key = field === 'nameMasked' || field === 'phoneMasked' ? field.replace('Masked', '') : field
    if (isProblemField(key))
      out[key] ??= translate(`feedback.problems.${key}`)
    else
      out.contact ??= translate('feedback.problems.contact')
  }
  return out
}

/**
 * Quick entry of public feedback: the photo of a card is shrunk when it is taken, so saving is
 * one short transaction; the respondent type stays as last used for the next item, the topic does not.
 */
export function useFeedbackEntry() {
  const session = useSessionStore()
  const preferences = useSettingsStore()
  const { settings } = useFeedbackSettings()
  const { run, exclusively, saving } = useSafeWrite()
  const lastRespondent = useStoredRef<AttendeeType>('kaifangri.feedback.respondent', 'citizen')
  const photo = shallowRef<ProcessedPhoto | null>(null)
  const processing = ref(false)
  const problems = ref<FeedbackProblems>({})
  const savedCount = ref(0)

  const topics = computed(() => settings.value.topics)
  // Each entry starts from the neutral topic: the last person's topic rarely fits the next one,
  // and a carried-over topic is saved without anyone having chosen it.
  const defaultTopic = computed(() => topics.value.includes('其他') ? '其他' : topics.value[0])

  async function takePhoto(file: File): Promise<void> {
    processing.value = true
    try {
      photo.value = await processPhoto(file)
      delete problems.value.photo
    }
    catch (error) {
      if (!(error instanceof UnreadablePhotoError))
        throw error
      problems.value = { ...problems.value, photo: translate('feedback.problems.photo') }
    }
    finally {
      processing.value = false
    }
  }

  /** Saves the item; null when something needs fixing first (shown in `problems`) or the write failed. */
  const save = (draft: FeedbackDraft): Promise<FeedbackRow | null> => exclusively(async () => {
    const started = performance.now()
    // Heard at an event, it is the event's unit's feedback, whoever records it (a coordinator on
    // another unit's event page): the server refuses anything else.
    const event = draft.eventId ? await readEvent(draft.eventId) : undefined
    const unit = event?.unit ?? preferences.myUnit
    if (!unit)
      return null
    const [{ newFeedbackRecord }, { recordFeedback }] = await Promise.all([loadFeedbackChecks(), loadFeedbackRecording()])
    const now = Date.now()
    const parsed = newFeedbackRecord(
      { ...draft, photo: photo.value?.ref ?? null, name: draft.consent ? draft.name : null, phone: draft.consent ? draft.phone : null },
      { id: uuidv7(now), unit, by: session.user?.id ?? '', now, settings: settings.value },
    )
    if (!parsed.success) {
      problems.value = problemsOf(parsed.error.issues)
      return null
    }
    problems.value = {}
    const recorded = await run(() => recordFeedback(parsed.data, photo.value))
    if (!recorded)
      return null
    measureSince('kf:feedback-durable', started, recorded.durableAt)
    lastRespondent.value = draft.respondentType
    photo.value = null
    savedCount.value++
    return recorded.row
  })

  return { topics, defaultTopic, lastRespondent, photo, processing, problems, saving, savedCount, takePhoto, save, clearPhoto: () => (photo.value = null) }
}
