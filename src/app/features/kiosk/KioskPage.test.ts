import { setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { leaveKiosk } from './model/kioskPin'
import { db } from '../../db/database'
import { useSettingsStore } from '../../stores/settings'
import { event } from '../../../../tests/shared/feedback/fixtures'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'

const pinia = createPinia()
const openDay = event({ status: 'ongoing' })
const pin = '2468'
// Hashing a PIN (PBKDF2, 100,000 rounds) takes a while on a busy test machine.
const hashing = { timeout: 5000 }

async function openKiosk() {
  useSettingsStore().myUnit = openDay.unit
  const mounted = await mountApp(pinia, `/kiosk/${openDay.id}`)
  await vi.waitFor(() => expect(mounted.wrapper.find('.kiosk-setup').exists()).toBe(true))
  return mounted
}

async function start(wrapper: Awaited<ReturnType<typeof openKiosk>>['wrapper']) {
  const [first, second] = wrapper.findAll('.kiosk-setup input[type=password]')
  await first.setValue(pin)
  await second.setValue(pin)
  await wrapper.get('.kiosk-setup').trigger('submit')
  await vi.waitFor(() => expect(wrapper.find('.questionnaire').exists()).toBe(true), hashing)
}

async function answerRequired(wrapper: Awaited<ReturnType<typeof openKiosk>>['wrapper']) {
  for (const [id, label] of [['identity', '市民'], ['overall', '5 分'], ['organisation', '4 分'], ['understanding', '有所加深'], ['again', '愿意']]) {
    const input = wrapper.get(`[data-question="${id}"]`).findAll('input').find(i => i.attributes('aria-label') === label || i.element.parentElement?.textContent?.trim() === label)!
    await input.setValue(true)
  }
}

describe('the kiosk page', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(async () => {
    localStorage.clear()
    await resetDevice([qingpu2024])
    await db.events.put(openDay)
  })
  afterEach(() => leaveKiosk(pin, Number.MAX_SAFE_INTEGER))

  it('asks for the staff PIN twice before it starts', async () => {
    const { wrapper } = await openKiosk()
    const [first, second] = wrapper.findAll('.kiosk-setup input[type=password]')
    await first.setValue('2468')
    await second.setValue('2469')
    await wrapper.get('.kiosk-setup').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('两次输入的密码不一致'))
    expect(localStorage.getItem('kaifangri.kiosk')).toBeNull()
    wrapper.unmount()
  })

  it('saves each visitor\'s answers offline as a kiosk response, thanks them and resets for the next', async () => {
    const { wrapper } = await openKiosk()
    await start(wrapper)
    expect(wrapper.find('.tabbar').exists()).toBe(false)
    expect(wrapper.find('.app-header__back').exists()).toBe(false)
    await answerRequired(wrapper)
    await wrapper.get('.questionnaire').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('.kiosk-thanks').exists()).toBe(true))
    const [response] = await db.questionnaireResponses.toArray()
    expect(response).toMatchObject({ eventId: openDay.id, unit: openDay.unit, channel: 'kiosk', respondentKey: null, questionnaireId: 'questionnaire-standard-open-day' })
    expect(response.answers).toHaveLength(5)
    expect((await db.outbox.toArray()).map(e => `${e.entity}:${e.op}`)).toEqual(['questionnaireResponse:put'])
    await wrapper.findAll('button').find(b => b.text() === '下一位')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.questionnaire').exists()).toBe(true))
    expect(wrapper.findAll('input:checked')).toHaveLength(0)
    expect(wrapper.text()).toContain('已保存 1 份问卷')
    wrapper.unmount()
  })

  it('cannot be left for another screen, nor without the right PIN', async () => {
    const { wrapper, router } = await openKiosk()
    await start(wrapper)
    await router.push('/feedback').catch(() => {})
    expect(router.currentRoute.value.name).toBe('kiosk')
    await wrapper.get('.kiosk__exit').trigger('click')
    // The exit dialog loads with that tap (or in idle time before it).
    await vi.waitFor(() => expect(wrapper.find('.kiosk-exit__pin').exists()).toBe(true), { timeout: 5000 })
    await wrapper.get('.kiosk-exit__pin').setValue('1357')
    await wrapper.get('.kiosk-exit__box').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('密码不正确，还可以再试 4 次。'), hashing)
    expect(router.currentRoute.value.name).toBe('kiosk')
    await wrapper.get('.kiosk-exit__pin').setValue(pin)
    await wrapper.get('.kiosk-exit__box').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/events/${openDay.id}`), hashing)
    wrapper.unmount()
  })
})
