import type { AttendeeType } from '../../../../shared/records/checkin'
import type { EventRow } from '../../../db/schema'
import { ref, type Ref } from 'vue'
import { addCheckin, addEventNote, addEventPhoto, addEventSession, captionEventPhoto, changeEventSession, removeEventNote, removeEventPhoto, removeEventSession, type SessionDraft } from '../../../db/eventDayRepository'
import { translate } from '../../../i18n'
import { tell } from '../../../ui/dialogs'
import { processPhoto, UnreadablePhotoError } from '../../photos'
import { useEventAccess } from './useEventAccess'
import { confirmEventAction } from '../confirmEventAction'
import { useSafeWrite } from '../../../composables/useSafeWrite'

export type { SessionDraft }

/**
 * The writes of the day itself: door taps, sessions, photos and notes. Each resolves to the
 * saved record, or undefined after the person was told why nothing was saved.
 */
export function useEventDay(event: Ref<EventRow | null>) {
  const { authorId } = useEventAccess()
  const { run } = useSafeWrite()
  const processing = ref(false)
  const current = () => event.value!

  const checkin = (type: AttendeeType, delta: 1 | -1) => run(() => addCheckin(current(), type, delta, authorId()))

  const addSession = (draft: SessionDraft) => run(() => addEventSession(current(), draft))
  const changeSession = (id: string, change: Partial<SessionDraft>) => run(() => changeEventSession(id, change))
  const removeSession = async (id: string) => await confirmEventAction('event.sessions.removeConfirm') && run(() => removeEventSession(id))

  async function addPhoto(file: File, caption = ''): Promise<boolean> {
    processing.value = true
    try {
      const photo = await processPhoto(file)
      return Boolean(await run(() => addEventPhoto(current(), photo, caption, authorId())))
    }
    catch (error) {
      if (!(error instanceof UnreadablePhotoError))
        throw error
      void tell({ message: translate('event.photos.unreadable', { name: error.fileName }) })
      return false
    }
    finally {
      processing.value = false
    }
  }
  const captionPhoto = (id: string, caption: string) => run(() => captionEventPhoto(id, caption))
  const removePhoto = async (id: string) => await confirmEventAction('event.photos.removeConfirm') && run(() => removeEventPhoto(id))

  const addNote = (text: string) => run(() => addEventNote(current(), text, authorId()))
  const removeNote = async (id: string) => await confirmEventAction('event.notes.removeConfirm') && run(() => removeEventNote(id))

  return { processing, checkin, addSession, changeSession, removeSession, addPhoto, captionPhoto, removePhoto, addNote, removeNote }
}
