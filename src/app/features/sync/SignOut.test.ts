import { describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import SignOutControl from './components/SignOutControl.vue'
import { eventually, mountWithApp, signInWang, useFakeServerForTheApp } from '../../../../tests/helpers/app/mountWithApp'
import { writeNotes } from '../../../../tests/helpers/app/device'

const server = useFakeServerForTheApp()

// The component is mounted detached; Vant's dialogs go to document.body.
let shown: { findAll: (selector: string) => Array<{ element: Element }>, text: () => string }
function button(text: string) {
  return [...shown.findAll('button, .van-action-sheet__item').map(found => found.element as HTMLElement), ...document.querySelectorAll<HTMLElement>('button')]
    .find(b => b.textContent?.includes(text))
}

describe('signing out on a shared phone', () => {
  it('names the account, sends what waits, confirms and removes the user\'s data from the device', async () => {
    await signInWang(server())
    await writeNotes(2)
    const restart = vi.fn()
    const { wrapper } = await mountWithApp(SignOutControl, { restart }, '/me')
    shown = wrapper
    await eventually(() => expect(wrapper.text()).toContain('WANG'))
    expect(wrapper.text()).toContain('区政府办公室')
    await wrapper.find('button').trigger('click')
    await eventually(() => expect(button('退出登录') && document.querySelector('.van-dialog')).toBeTruthy())
    expect(server().pushes.flatMap(p => p.mutations)).toHaveLength(2)
    expect(document.querySelector('.van-dialog__message')?.textContent).toContain('下次登录时从服务器取回')
    document.querySelector<HTMLElement>('.van-dialog__confirm')!.click()
    await eventually(() => expect(restart).toHaveBeenCalled())
    expect(await db.progress.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.meta.get('session')).toBeUndefined()
  })

  it('offline, asks to export or give up the unsent changes, never showing the browser\'s error', async () => {
    await signInWang(server())
    await writeNotes(1)
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    const restart = vi.fn()
    const { wrapper } = await mountWithApp(SignOutControl, { restart }, '/me')
    shown = wrapper
    await eventually(() => expect(wrapper.text()).toContain('WANG'))
    await wrapper.find('button').trigger('click')
    await eventually(() => expect(shown.text()).toContain('还有 1 项修改发不出去'))
    expect(shown.text()).not.toContain('Failed to fetch')
    expect(button('导出到文件，然后退出')).toBeTruthy()
    button('不导出，放弃这些修改并退出')!.click()
    await eventually(() => expect(document.querySelector('.van-dialog__message')?.textContent).toContain('将永久丢失'))
    expect(restart).not.toHaveBeenCalled()
    document.querySelector<HTMLElement>('.van-dialog__confirm')!.click()
    await eventually(() => expect(restart).toHaveBeenCalled())
    expect(await db.outbox.count()).toBe(0)
  })
})
