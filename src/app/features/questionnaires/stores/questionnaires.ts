import { acceptHMRUpdate, defineStore } from 'pinia'
import type { QuestionnaireRow } from '../../../db/schema'
import { computed } from 'vue'
import { availableQuestionnaires, builtInQuestionnaires } from '../../../../shared/questionnaire/standard'
import { baseRecordId, withStoredEdits } from '../../../../shared/records/owner'
import { observeStoredQuestionnaires } from '../../../db/questionnaireRepository'
import { useLive } from '../../../composables/useLive'

/** The questionnaires in use: the built-in standard one unless a coordinator's edit replaced it, and theirs. */
export const useQuestionnairesStore = defineStore('questionnaires', () => {
  const read = useLive(() => observeStoredQuestionnaires(), [] as QuestionnaireRow[])
  const stored = read.data
  const ready = computed(() => !read.loading.value)
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
  return { stored, available, byId, ready, error: read.error, retry: read.retry }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useQuestionnairesStore, import.meta.hot))
