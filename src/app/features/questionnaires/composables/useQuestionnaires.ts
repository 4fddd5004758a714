import type { QuestionnaireRow } from '../../../db/schema'
import { computed } from 'vue'
import { availableQuestionnaires, standardQuestionnaire } from '../../../../shared/questionnaire/standard'
import { observeStoredQuestionnaires } from '../../../db/questionnaireRepository'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'

/** The questionnaires in use: the built-in standard one unless a coordinator's edit replaced it, and theirs. */
export const useQuestionnaires = sharedComposable(() => {
  const read = useLive(() => observeStoredQuestionnaires(), [] as QuestionnaireRow[])
  const stored = read.data
  const ready = computed(() => !read.loading.value)
  const available = computed(() => availableQuestionnaires(stored.value))
  /** Every questionnaire by id, archived ones too: old responses still need their questions. */
  const byId = computed(() => new Map([standardQuestionnaire, ...stored.value].map(q => [q.id, q])))
  return { stored, available, byId, ready, error: read.error, retry: read.retry }
})
