import type { ProgressSubject } from '../../../db/progressWrites'
import type { EvidenceRow } from '../../../db/schema'
import { computed, ref, type Ref } from 'vue'
import { addLinkEvidence, addPhotoEvidence, observeEvidenceOfTask, removeEvidence } from '../../../db/evidenceRepository'
import { translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'
import { askToConfirm, tell } from '../../../ui/dialogs'
import { processPhoto, UnreadablePhotoError } from '../../photos'
import { normalizeLink } from '../model/links'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useLive } from '../../../composables/useLive'

/** Photos and links attached to one task's checklist items, and adding or removing them. */
/** A task's evidence of one unit (the unit whose progress the screen shows), by checklist item. */
export function useEvidence(taskId: Ref<string>, unit: Ref<string | null> = ref(null)) {
  const session = useSessionStore()
  const authorId = () => session.user?.id ?? ''
  const read = useLive(() => observeEvidenceOfTask(taskId.value), [] as EvidenceRow[])
  const rows = read.data
  const processing = ref(false)
  const { run } = useSafeWrite()

  const bySubject = computed(() => {
    const groups = new Map<string, EvidenceRow[]>()
    for (const row of rows.value.filter(r => !unit.value || r.unit === unit.value))
      groups.set(row.subject, [...(groups.get(row.subject) ?? []), row])
    return groups
  })

  async function addPhoto(subject: ProgressSubject, file: File): Promise<boolean> {
    processing.value = true
    try {
      const photo = await processPhoto(file)
      return Boolean(await run(() => addPhotoEvidence(subject, photo, { caption: '', createdBy: authorId() })))
    }
    catch (error) {
      if (!(error instanceof UnreadablePhotoError))
        throw error
      void tell({ message: translate('evidence.unreadablePhoto', { name: error.fileName }) })
      return false
    }
    finally {
      processing.value = false
    }
  }

  /** Returns the reason the link was refused, or null once it is saved. */
  async function addLink(subject: ProgressSubject, input: string, caption: string): Promise<string | null> {
    const url = normalizeLink(input)
    if (!url)
      return translate('evidence.badLink')
    const saved = await run(() => addLinkEvidence(subject, url, { caption: caption.trim(), createdBy: authorId() }))
    return saved ? null : translate('task.notSaved')
  }

  /** Asks first: a photo taken on the day cannot be taken again. */
  async function remove(id: string): Promise<void> {
    const confirmed = await askToConfirm({
      message: translate('evidence.confirmRemove'),
      confirmButtonText: translate('evidence.remove'),
      cancelButtonText: translate('common.cancel'),
    })
    if (confirmed)
      await run(() => removeEvidence(id))
  }

  return { bySubject, error: read.error, retry: read.retry, processing, addPhoto, addLink, remove }
}
