import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { InAppBrowser } from './browserKind'
import InstallHintSheet, { type InstallHintKind } from './InstallHintSheet.vue'

const url = 'https://kfr.example.gov.cn/events/1'
function open(props: { hint: InstallHintKind | null, app?: InAppBrowser }) {
  return mount(InstallHintSheet, { props: { url, copied: false, ...props }, attachTo: document.body })
}
const buttons = () => [...document.body.querySelectorAll<HTMLButtonElement>('.install-hint button')]

describe('the first-run install hint', () => {
  it('in WeChat, asks to open the app in the browser, says why, and offers the link', async () => {
    const wrapper = open({ hint: 'in-app', app: 'wechat' })
    const text = document.body.querySelector('.install-hint')!.textContent!
    expect(text).toContain('请在浏览器中打开')
    expect(text).toContain('微信内置的浏览器不能安装本应用')
    expect(text).toContain('清除')
    expect(text).toContain('在浏览器打开')
    expect(text).toContain(url)
    buttons().find(b => b.textContent?.includes('复制链接'))!.click()
    expect(wrapper.emitted('copy')).toHaveLength(1)
    buttons().find(b => b.textContent?.includes('暂时留在这里'))!.click()
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
    wrapper.unmount()
  })

  it('closes by a button that says what it does, as does the dimmed page behind it', () => {
    const wrapper = open({ hint: 'android' })
    const close = document.body.querySelector<HTMLButtonElement>('.install-hint button[aria-label="关闭"]')!
    expect(close).not.toBeNull()
    expect(document.body.querySelector('.van-overlay[role="button"]')?.getAttribute('aria-label')).toBe('关闭')
    close.click()
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
    wrapper.unmount()
  })

  it('in DingTalk, names DingTalk\'s menu', () => {
    const wrapper = open({ hint: 'in-app', app: 'dingtalk' })
    expect(document.body.querySelector('.install-hint')!.textContent).toContain('钉钉内置的浏览器')
    wrapper.unmount()
  })

  it('on iOS Safari, shows the 添加到主屏幕 steps and can be put off', () => {
    const wrapper = open({ hint: 'ios' })
    const steps = [...document.body.querySelectorAll('.install-hint__steps li')].map(li => li.textContent)
    expect(steps).toHaveLength(3)
    expect(steps[1]).toContain('添加到主屏幕')
    buttons().find(b => b.textContent?.includes('以后再说'))!.click()
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
    wrapper.unmount()
  })

  it('on Android, installs through the browser\'s offer', () => {
    const wrapper = open({ hint: 'android' })
    buttons().find(b => b.textContent?.includes('安装到主屏幕'))!.click()
    expect(wrapper.emitted('install')).toHaveLength(1)
    wrapper.unmount()
  })

  it('shows nothing without a hint', () => {
    const wrapper = open({ hint: null })
    expect(document.body.querySelector('.install-hint')?.textContent ?? '').toBe('')
    wrapper.unmount()
  })
})
