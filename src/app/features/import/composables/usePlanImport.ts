import type { PlanDraft, PlanFileError } from '../../../../shared/plan'
import type { PlanRecord } from '../../../../shared/records/plan'
import type { ImportDirectory } from './useImportDirectory'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { importPlan, planExists } from '../../../db/planImportRepository'
import { translate } from '../../../i18n'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { type DraftForm, formGaps, formOf, hintsOf } from '../model/draftForm'
import { loadPdfReader } from '../model/pdfjs'
import { useUnitMapping } from './useUnitMapping'

interface PlanSource {
  text: string
  name: string
  /** What the preview should say about the file itself (PDF pages without a text layer). */
  notes: string[]
}

// The parser loads only when someone imports, keeping the screen's chunk small; pdf.js only for a PDF.
const loadParser = () => import('../../../../shared/plan')

function fileErrorMessage(error: PlanFileError, name: string): string {
  const key = `import.fileError.${error.code}` as const
  const message = translate(key, { name })
  return message === key ? error.message : message
}

async function readFile(file: File): Promise<PlanSource> {
  const { decodePlanFile, planFileKindOf } = await loadParser()
  const bytes = new Uint8Array(await file.arrayBuffer())
  let readPdf
  if (planFileKindOf(bytes, file.name) === 'pdf') {
    try {
      readPdf = await loadPdfReader()
    }
    catch {
      throw new Error(translate('import.pdfReaderUnavailable'))
    }
  }
  const decoded = await decodePlanFile(bytes, file.name, { readPdf })
  if ('error' in decoded)
    throw new Error(fileErrorMessage(decoded.error, file.name))
  return { text: decoded.text, name: file.name, notes: decoded.notes }
}

/**
 * Plan file or text → read offline → a draft the coordinator completes (title, year, issuer)
 * and whose units they map → saved whole, with its outbox entry, on confirm.
 */
export function usePlanImport(directory: ImportDirectory) {
  const source = shallowRef<PlanSource | null>(null)
  const draft = shallowRef<PlanDraft | null>(null)
  const form = reactive<DraftForm>({ title: '', year: '', issuer: '' })
  const replaces = ref(false)
  const problems = ref<string[]>([])
  const error = ref<string | null>(null)
  const parsing = ref(false)
  const saved = shallowRef<PlanRecord | null>(null)
  const units = useUnitMapping(directory.nodes)
  const { run, saving } = useSafeWrite()

  async function checkReplaces(read: PlanDraft) {
    const { planIdOf } = await loadParser()
    const { title, year, issuer } = read
    replaces.value = title !== null && year !== null && issuer !== null && await planExists(planIdOf({ title, year, issuer }))
  }

  /** Reads the source again with what the form says: a year entered gives the deadlines their dates. */
  async function reread() {
    if (!source.value)
      return
    const { readPlanDraft } = await loadParser()
    const read = readPlanDraft(source.value.text, { source: source.value.name, hints: hintsOf(form) })
    draft.value = read
    problems.value = []
    await checkReplaces(read)
  }

  let rereadTimer: ReturnType<typeof setTimeout> | undefined
  watch(form, () => {
    clearTimeout(rereadTimer)
    rereadTimer = setTimeout(() => void reread().catch(reason => error.value = (reason as Error).message), 250)
  })

  async function recognise(input: { file: File } | { text: string }): Promise<void> {
    parsing.value = true
    error.value = null
    saved.value = null
    discard()
    try {
      const read = 'file' in input ? await readFile(input.file) : { text: input.text, name: translate('import.pastedName'), notes: [] }
      const { readPlanDraft } = await loadParser()
      const first = readPlanDraft(read.text, { source: read.name })
      source.value = read
      draft.value = first
      Object.assign(form, formOf(first))
      units.match(first.tasks)
      await checkReplaces(first)
    }
    catch (reason) {
      discard()
      error.value = (reason as Error).message || String(reason)
    }
    finally {
      parsing.value = false
    }
  }

  const ready = computed(() => Boolean(draft.value && draft.value.missing.length === 0 && formGaps(form).length === 0 && units.unresolved.value.length === 0))

  async function confirm(): Promise<boolean> {
    clearTimeout(rereadTimer)
    await reread()
    const current = draft.value
    if (!current || !ready.value)
      return false
    const { recordFromDraft, PlanRecordError } = await loadParser()
    let record: PlanRecord
    try {
      const checked = recordFromDraft(current, { importedAt: Date.now() })
      const { tasks, unitMap } = units.apply(checked.tasks)
      const owner = directory.ownerOf(checked.issuer)
      record = { ...checked, tasks, unitMap, ...(owner ? { owner } : {}) }
    }
    catch (reason) {
      problems.value = reason instanceof PlanRecordError ? reason.problems : [(reason as Error).message]
      return false
    }
    const done = await run(async () => {
      await importPlan(record)
      return true
    })
    if (done) {
      discard()
      saved.value = record
    }
    return Boolean(done)
  }

  function discard() {
    clearTimeout(rereadTimer)
    source.value = null
    draft.value = null
    problems.value = []
    replaces.value = false
    units.clear()
  }

  return { source, draft, form, replaces, problems, error, parsing, saving, saved, ready, units, recognise, confirm, discard }
}
