import type { QuestionnaireRow } from '../../../db/schema'
import { computed, ref, shallowRef } from 'vue'
import { availableQuestionnaires, builtInQuestionnaires } from '../../../../shared/questionnaire/standard'
import { baseRecordId, withStoredEdits } from '../../../../shared/records/owner'
import { observeStoredQuestionnaires } from '../../../db/questionnaireRepository'
import { sharedComposable } from '../../../composables/sharedComposable'

/** The questionnaires in use: the built-in standard one unless a coordinator's edit replaced it, and theirs. */
export const useQuestionnaires = sharedComposable(() => {
  const stored = shallowRef<QuestionnaireRow[]>([])
  const ready = ref(false)
  observeStoredQuestionnaires((rows) => {
    stored.value = rows
    ready.value = true
  }, () => {
    ready.value = true
  })
  const available = computed(() => availableQuestionnaires(stored.value))
  /**
   * Every questionnaire by id, archived ones too: old responses still need their questions. My
   * organization's edit of the standard one also answers to the standard id, which an event
   * naming no questionnaire asks.
   */
  const byId = computed(() => {
    const map = new Map([...builtInQuestionnaires, ...stored.value].map(q => [q.id, q]))
    for (const questionnaire of withStoredEdits(builtInQuestionnaires, stored.value))
      map.set(baseRecordId(questionnaire), questionnaire)
    return map
  })
  return { stored, available, byId, ready }
})
