import type { Question, QuestionKind } from '../../../../shared/records/questionnaire'
import type { QuestionnaireRow } from '../../../db/schema'
import { computed, ref, watch } from 'vue'
import { uuidv7 } from '../../../../shared/ids'
import { ownedByOrganization } from '../../../../shared/records/owner'
import { builtInQuestionnaires } from '../../../../shared/questionnaire/standard'
import { saveQuestionnaire } from '../../../db/questionnaireRepository'
import { isMessageKey, translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'
import { useQuestionnaires } from './useQuestionnaires'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useDirectory } from '../../directory'
import { uiLanguageParse } from '../../../i18n/uiLanguageParse'

// The record's schema (and zod) loads on the first save, not with the editor.
const loadQuestionnaireSchema = () => import('../../../../shared/records/questionnaire').then(module => module.questionnaireRecordSchema)

/** Short keys that stay unique within one questionnaire; answers refer to them, so they never change. */
const freshKey = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`

export function blankQuestion(kind: QuestionKind): Question {
  const base = { id: freshKey('q'), text: '', required: false }
  if (kind === 'single' || kind === 'multiple') {
    const options = [{ id: 'o1', text: '' }, { id: 'o2', text: '' }]
    return kind === 'single' ? { ...base, kind, options } : { ...base, kind, options, maxChoices: null }
  }
  return kind === 'rating' ? { ...base, kind, scale: 5, lowLabel: '', highLabel: '' } : { ...base, kind, maxLength: 500 }
}

/** A question turned into another kind keeps its id, text and whether it is required. */
export function retyped(question: Question, kind: QuestionKind): Question {
  const next = blankQuestion(kind)
  const options = 'options' in question && 'options' in next ? { options: question.options } : {}
  return { ...next, ...options, id: question.id, text: question.text, required: question.required } as Question
}

/** Where in the questionnaire a schema issue is, in words: 第 2 题 / 选项 3 / 标题. */
function placeOf(path: PropertyKey[]): string {
  const [field, index, sub, optionIndex] = path
  if (field !== 'questions' || typeof index !== 'number') {
    const key = `questionnaire.editor.fields.${String(field)}`
    return isMessageKey(key) ? translate(key) : String(field)
  }
  const question = translate('questionnaire.editor.question', { n: index + 1 })
  return sub === 'options' && typeof optionIndex === 'number' ? `${question} ${translate('questionnaire.editor.option', { n: optionIndex + 1 })}` : question
}

/** A coordinator's copy of a questionnaire while they edit it, checked against the shared schema before it is saved. */
export function useQuestionnaireEditor(id: () => string | null) {
  const questionnaires = useQuestionnaires()
  const { organizationId } = useDirectory()
  const session = useSessionStore()
  const { run, exclusively, saving } = useSafeWrite()
  const draft = ref<QuestionnaireRow | null>(null)
  const problems = ref<string[]>([])
  const saved = ref(false)
  /** The draft as last loaded or saved: anything else is unsaved typing. */
  const baseline = ref('')

  watch(() => [id(), questionnaires.ready.value] as const, ([current, ready]) => {
    if (!ready || draft.value?.id === current)
      return
    const stored = current ? questionnaires.byId.value.get(current) : null
    draft.value = structuredClone(stored ? { ...stored } : { id: `questionnaire-${uuidv7()}`, title: '', intro: '', thanks: translate('questionnaire.editor.defaultThanks'), questions: [blankQuestion('single')], archived: false, updatedAt: 0 })
    baseline.value = JSON.stringify(draft.value)
  }, { immediate: true })
  const dirty = computed(() => draft.value !== null && JSON.stringify(draft.value) !== baseline.value)

  const canEdit = computed(() => session.isCoordinator)

  async function save(): Promise<boolean> {
    return await exclusively(async () => {
      saved.value = false
      const [schema, options] = await Promise.all([loadQuestionnaireSchema(), uiLanguageParse()])
      const parsed = schema.safeParse({ ...draft.value, updatedAt: Date.now() }, options)
      if (!parsed.success) {
        problems.value = parsed.error.issues.map(issue => `${placeOf(issue.path)}：${issue.message === 'must not be empty' ? translate('questionnaire.editor.empty') : issue.message}`)
        return false
      }
      problems.value = []
      // Stored for the first time, it becomes my organization's (an edit of the built-in one under its own id).
      const first = !questionnaires.stored.value.some(q => q.id === parsed.data.id)
      const record = first ? ownedByOrganization(parsed.data, organizationId.value, builtInQuestionnaires.map(q => q.id)) : parsed.data
      saved.value = Boolean(await run(() => saveQuestionnaire(record)))
      if (saved.value) {
        draft.value = structuredClone(record)
        baseline.value = JSON.stringify(draft.value)
      }
      return saved.value
    }) ?? false
  }

  return { draft, problems, saved, saving, canEdit, dirty, save, error: questionnaires.error, retry: questionnaires.retry }
}
