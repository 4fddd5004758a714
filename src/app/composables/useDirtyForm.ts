import { showConfirmDialog } from 'vant'
import { onBeforeUnmount, useId, watch } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { translate } from '../i18n'
import { useFormsStore } from '../stores/forms'
import 'vant/es/dialog/style'

/**
 * Registers a form whose unsaved typing must survive: it holds back app updates, asks before
 * leaving the screen, and asks the browser to warn before the tab closes.
 */
export function useDirtyForm(isDirty: () => boolean): void {
  const forms = useFormsStore()
  const formId = useId()

  watch(isDirty, dirty => forms.setDirty(formId, dirty), { immediate: true })

  const warnBeforeUnload = (event: BeforeUnloadEvent) => {
    if (isDirty())
      event.preventDefault()
  }
  globalThis.addEventListener?.('beforeunload', warnBeforeUnload)

  onBeforeRouteLeave(async () => {
    if (!isDirty())
      return true
    return showConfirmDialog({
      title: translate('common.unsavedTitle'),
      message: translate('common.unsavedMessage'),
      confirmButtonText: translate('common.discard'),
      cancelButtonText: translate('common.keepEditing'),
    }).then(() => true, () => false)
  })

  onBeforeUnmount(() => {
    forms.setDirty(formId, false)
    globalThis.removeEventListener?.('beforeunload', warnBeforeUnload)
  })
}
