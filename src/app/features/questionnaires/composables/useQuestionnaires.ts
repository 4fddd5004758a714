import type { QuestionnaireRow } from '../../../db/schema'
import { computed, ref, shallowRef } from 'vue'
import { availableQuestionnaires, standardQuestionnaire } from '../../../../shared/questionnaire/standard'
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
  /** Every questionnaire by id, archived ones too: old responses still need their questions. */
  const byId = computed(() => new Map([standardQuestionnaire, ...stored.value].map(q => [q.id, q])))
  return { stored, available, byId, ready }
})
