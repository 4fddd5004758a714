import type { PlanRecord } from '../../../../shared/records/plan'
import { computed, ref, shallowRef } from 'vue'
import { importPlan, planExists } from '../../../db/planImportRepository'
import { translate } from '../../../i18n'
import { decodePlanText, planFileKind } from '../model/planText'
import { useSafeWrite } from '../../../composables/useSafeWrite'

export interface ImportPreview {
  record: PlanRecord
  /** Another plan with the same id is on the device and would be replaced. */
  replaces: boolean
  /** Why the record cannot be saved (beyond the parser's warnings), one line per problem. */
  problems: string[]
}

// The parser and the record schema load only when someone imports, keeping the screen's chunk small.
const loadParser = () => Promise.all([import('../../../../shared/plan'), import('../../../../shared/records/plan')])

/** Plan text or file → parsed offline → preview with warnings → saved (with its outbox entry) on confirm. */
export function usePlanImport() {
  const preview = shallowRef<ImportPreview | null>(null)
  const error = ref<string | null>(null)
  const parsing = ref(false)
  const saved = ref<PlanRecord | null>(null)
  const { run, saving } = useSafeWrite()

  async function readFile(file: File): Promise<string> {
    const kind = planFileKind(file.name)
    if (!kind)
      throw new Error(translate('import.unsupportedFile', { name: file.name }))
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (kind === 'txt')
      return decodePlanText(bytes)
    const [{ docxToText }] = await loadParser()
    return docxToText(bytes)
  }

  async function parse(source: { text: string, name: string }): Promise<void> {
    const [{ parsePlan, toPlanRecord }, { planRecordSchema }] = await loadParser()
    const plan = parsePlan(source.text, { source: source.name })
    const record = toPlanRecord(plan, { bundled: false, importedAt: Date.now() })
    const checked = planRecordSchema.safeParse(record)
    const problems = checked.success ? [] : checked.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`)
    preview.value = { record, replaces: await planExists(record.id), problems }
  }

  async function recognise(input: { file: File } | { text: string }): Promise<void> {
    parsing.value = true
    error.value = null
    preview.value = null
    saved.value = null
    try {
      const source = 'file' in input
        ? { text: await readFile(input.file), name: input.file.name }
        : { text: input.text, name: translate('import.pastedName') }
      await parse(source)
    }
    catch (reason) {
      error.value = (reason as Error).message || String(reason)
    }
    finally {
      parsing.value = false
    }
  }

  async function confirm(): Promise<boolean> {
    const record = preview.value?.record
    if (!record || preview.value?.problems.length)
      return false
    const done = await run(async () => {
      await importPlan(record)
      return true
    })
    if (done) {
      saved.value = record
      preview.value = null
    }
    return Boolean(done)
  }

  function discard() {
    preview.value = null
    error.value = null
  }

  const canSave = computed(() => Boolean(preview.value && !preview.value.problems.length))

  return { preview, error, parsing, saving, saved, canSave, recognise, confirm, discard }
}
