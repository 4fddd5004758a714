import type { Ref } from 'vue'
import type { FeedbackRecord } from '../../../../shared/records/feedback'
import { computed } from 'vue'
import { usePlanLibrary, useUnitChoices } from '../../plans'
import { useSettingsStore } from '../../../stores/settings'
import { referralUnitsOf } from '../model/referralUnits'

/** The one source of 转办 targets: my organization's units, not the item's own unit nor where it is now. */
export function useReferralUnits(item: Ref<Pick<FeedbackRecord, 'unit' | 'referredTo'> | null>) {
  const library = usePlanLibrary()
  const { units } = useUnitChoices()
  const settings = useSettingsStore()
  return computed(() => item.value
    ? referralUnitsOf(library.tasks.value, units.value, settings.myUnit ?? item.value.unit, [item.value.unit, item.value.referredTo])
    : [])
}
