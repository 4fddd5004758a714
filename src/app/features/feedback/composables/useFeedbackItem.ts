import type { HandlingAction } from '../../../../shared/feedback/handling'
import type { FeedbackRow } from '../../../db/schema'
import { computed, type Ref } from 'vue'
import { visibleContact } from '../../../../shared/feedback/contact'
import { workingDaysLeft } from '../../../../shared/feedback/deadline'
import { type HandlingPatch, handlingPatch } from '../../../../shared/feedback/handling'
import { handlingFields } from '../../../../shared/records/feedbackKinds'
import { observeFeedbackItem } from '../../../db/feedbackReads'
import { changeFeedbackAdoption, changeFeedbackHandling, finishFeedbackHandling, takeBackFeedbackHandling } from '../../../db/feedbackRepository'
import { whileNotUploading } from '../../../sync/holdUploads'
import { translate } from '../../../i18n'
import { useFeedbackInbox } from './useFeedbackInbox'
import { useFeedbackSettings } from './useFeedbackSettings'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useLive } from '../../../composables/useLive'

/** One feedback item, its contact details as this viewer may see them, and the moves of its handling. */
export function useFeedbackItem(id: Ref<string>) {
  const inbox = useFeedbackInbox()
  const { calendar } = useFeedbackSettings()
  const { run, saving } = useSafeWrite()
  const read = useLive(() => observeFeedbackItem(id.value), null as FeedbackRow | null)
  const item = read.data
  const ready = computed(() => !read.loading.value)

  const contact = computed(() => item.value && visibleContact(item.value, inbox.viewer.value))
  const daysLeft = computed(() => item.value && workingDaysLeft(item.value, inbox.today.value, calendar.value))
  /** The recording unit and coordinators handle an item; so does the unit it was referred to (the server allows just that). */
  const canHandle = computed(() => {
    const row = item.value
    const unit = inbox.unit.value
    return Boolean(row && (inbox.isCoordinator.value || (unit && (row.unit === unit || row.referredTo === unit))))
  })

  /** Makes a move (a referral with its optional note); returns why it was refused, or null once saved. */
  async function move(action: HandlingAction, referralNote = ''): Promise<string | null> {
    const current = item.value
    if (!current)
      return null
    if (action.to === 'replied' && (action.repliedOn < current.receivedOn || action.repliedOn > inbox.today.value))
      return translate('feedback.item.replyDateOutside', { from: current.receivedOn, to: inbox.today.value })
    const result = handlingPatch(current, action, Date.now())
    if (!result.ok)
      return translate('feedback.item.moveFailed', { reason: result.errors.join('；') })
    const patch = action.to === 'referred' ? { ...result.patch, referralNote: referralNote.trim() || null } : result.patch
    const saved = await run(() => changeFeedbackHandling(current.id, patch))
    return saved ? null : translate('task.notSaved')
  }

  /**
   * 公开 or 不予公开: final once the server has it. Returns why it was refused, or a way to take
   * it back that works while the change is still on this device.
   */
  async function finish(action: Extract<HandlingAction, { to: 'published' | 'withheld' }>): Promise<{ error: string } | { undo: () => Promise<boolean> }> {
    const current = item.value
    if (!current)
      return { error: translate('feedback.item.notFound') }
    const result = handlingPatch(current, action, Date.now())
    if (!result.ok)
      return { error: translate('feedback.item.moveFailed', { reason: result.errors.join('；') }) }
    const before = Object.fromEntries(handlingFields.map(field => [field, current[field]])) as HandlingPatch
    const saved = await run(() => finishFeedbackHandling(current.id, result.patch))
    if (!saved)
      return { error: translate('task.notSaved') }
    return { undo: () => whileNotUploading(() => takeBackFeedbackHandling(current.id, saved.localId, before)) }
  }

  async function setAdoption(adoption: FeedbackRow['adoption']): Promise<void> {
    if (item.value)
      await run(() => changeFeedbackAdoption(item.value!.id, adoption))
  }

  return { item, ready, error: read.error, retry: read.retry, contact, daysLeft, canHandle, saving, today: inbox.today, move, finish, setAdoption }
}
