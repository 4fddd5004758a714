import { afterEach, describe, expect, it, vi } from 'vitest'
import { askToConfirm, tell } from './dialogs'

// A phone offline before the service worker holds the dialog's code: the import fails.
vi.mock('./vantDialogs', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

afterEach(() => vi.unstubAllGlobals())

describe('a dialog whose code cannot load', () => {
  it('still asks, in the browser\'s own confirm, and answers what was chosen', async () => {
    const confirm = vi.fn(() => false)
    vi.stubGlobal('confirm', confirm)
    expect(await askToConfirm({ title: '尚未保存', message: '放弃所填内容？' })).toBe(false)
    expect(confirm).toHaveBeenCalledWith('尚未保存\n\n放弃所填内容？')
    confirm.mockReturnValue(true)
    expect(await askToConfirm({ message: '删除这张照片？' })).toBe(true)
    expect(confirm).toHaveBeenLastCalledWith('删除这张照片？')
  })

  it('still tells, in the browser\'s own alert', async () => {
    const alert = vi.fn()
    vi.stubGlobal('alert', alert)
    await tell({ title: '未保存', message: '存储空间已满' })
    expect(alert).toHaveBeenCalledWith('未保存\n\n存储空间已满')
  })
})
