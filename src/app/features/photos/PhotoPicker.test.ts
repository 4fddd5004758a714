import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import PhotoPicker from './components/PhotoPicker.vue'
import { photoQueue } from './model/photoQueue'

const jpeg = (name: string) => new File(['x'], name, { type: 'image/jpeg' })

describe('the photo picker', () => {
  it('offers the camera and the album, several photos at once from the album', async () => {
    const wrapper = mount(PhotoPicker, { props: { processing: false, shape: 'bar', takeText: '拍照' } })
    const [camera, album] = wrapper.findAll('input[type=file]').map(input => input.element as HTMLInputElement)
    expect(camera.getAttribute('capture')).toBe('environment')
    expect(camera.accept).toBe('image/*')
    expect(album.hasAttribute('capture')).toBe(false)
    expect(album.multiple).toBe(true)
    expect(wrapper.text()).toContain('从相册选（可多张）')

    const files = [jpeg('a.jpg'), jpeg('b.jpg'), jpeg('c.jpg')]
    Object.defineProperty(album, 'files', { value: files, configurable: true })
    await wrapper.findAll('input[type=file]')[1].trigger('change')
    expect(wrapper.emitted('pick')).toEqual([[files]])
  })

  it('shows the batch\'s progress while the photos are shrunk one by one', async () => {
    const wrapper = mount(PhotoPicker, { props: { processing: false, shape: 'bar', takeText: '拍照' } })
    let release!: () => void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const batch = [photoQueue.add(() => gate), photoQueue.add(async () => {}), photoQueue.add(async () => {})]
    await nextTick()
    expect(wrapper.text()).toContain('处理第 1/3 张')
    expect(wrapper.findAll('input[type=file]').every(input => (input.element as HTMLInputElement).disabled)).toBe(true)
    release()
    await Promise.all(batch)
    await nextTick()
    expect(wrapper.text()).toContain('拍照')
    expect(wrapper.text()).not.toContain('处理')
  })

  it('picks one photo from the album for a feedback card', () => {
    const wrapper = mount(PhotoPicker, { props: { processing: false, shape: 'inline', takeText: '拍照', single: true } })
    expect((wrapper.findAll('input[type=file]')[1].element as HTMLInputElement).multiple).toBe(false)
    expect(wrapper.text()).toContain('从相册选')
  })
})
