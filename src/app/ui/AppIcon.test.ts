import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AppIcon from './AppIcon.vue'

describe('AppIcon', () => {
  it('draws a glyph of Vant\'s icon font, at a size in pixels when given one', () => {
    const sized = mount(AppIcon, { props: { name: 'passed', size: 18 }, attrs: { 'aria-hidden': 'true' } })
    expect(sized.get('i').classes()).toEqual(['van-icon', 'van-icon-passed'])
    expect(sized.get('i').attributes('style')).toContain('font-size: 18px')
    expect(sized.get('i').attributes('aria-hidden')).toBe('true')
    expect(mount(AppIcon, { props: { name: 'arrow' } }).get('i').attributes('style')).toBeUndefined()
  })
})
