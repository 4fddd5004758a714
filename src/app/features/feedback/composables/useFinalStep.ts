import type { HandlingAction } from '../../../../shared/feedback/handling'
import { ref } from 'vue'
import { translate } from '../../../i18n'
import { askToConfirm } from '../../../ui/dialogs'

type FinalAction = Extract<HandlingAction, { to: 'published' | 'withheld' }>
type Finish = (action: FinalAction) => Promise<{ error: string } | { undo: () => Promise<boolean> }>

/**
 * 公开 and 不予公开 end an item's handling for good. Each asks first, naming what follows; once
 * done, an undo bar offers to take it back while the change has not left the phone.
 */
export function useFinalStep(finish: Finish) {
  const done = ref('')
  const undoing = ref(false)
  const error = ref<string | null>(null)
  let undo: (() => Promise<boolean>) | null = null

  async function run(action: FinalAction): Promise<boolean> {
    const confirmed = await askToConfirm({
      title: translate(`feedback.final.${action.to}Title`),
      message: translate(`feedback.final.${action.to}Message`),
      confirmButtonText: translate(`feedback.final.${action.to}Confirm`),
      cancelButtonText: translate('common.cancel'),
    })
    if (!confirmed)
      return false
    const outcome = await finish(action)
    if ('error' in outcome) {
      error.value = outcome.error
      return false
    }
    error.value = null
    undo = outcome.undo
    done.value = translate(`feedback.final.${action.to}Done`)
    return true
  }

  async function takeBack(): Promise<void> {
    if (!undo)
      return
    undoing.value = true
    const undone = await undo()
    undoing.value = false
    undo = null
    done.value = ''
    error.value = undone ? null : translate('feedback.final.alreadySent')
  }

  function dismiss(): void {
    undo = null
    done.value = ''
  }

  return { done, undoing, error, run, takeBack, dismiss }
}
