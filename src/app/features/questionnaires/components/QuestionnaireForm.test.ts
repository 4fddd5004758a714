import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QuestionnaireForm from './QuestionnaireForm.vue'
import { standardQuestionnaire } from '../../../../shared/questionnaire'

function mountForm() {
  return mount(QuestionnaireForm, { props: { questionnaire: standardQuestionnaire, submitting: false }, attachTo: document.body })
}

const option = (wrapper: ReturnType<typeof mountForm>, questionId: string, text: string) =>
  wrapper.get(`[data-question="${questionId}"]`).findAll('label').find(label => label.text() === text)!.get('input')

describe('QuestionnaireForm', () => {
  it('shows every question with its number, and names every control', () => {
    const wrapper = mountForm()
    const legends = wrapper.findAll('legend').map(l => l.text())
    expect(legends).toHaveLength(standardQuestionnaire.questions.length)
    expect(legends[0]).toBe('1.您的身份是（必答）')
    expect(wrapper.get('[data-question="overall"]').findAll('input').map(i => i.attributes('aria-label'))).toEqual(['1 分', '2 分', '3 分', '4 分', '5 分'])
    expect(wrapper.get('textarea').attributes('aria-label')).toBe('您对我们的工作还有哪些意见和建议')
    expect(wrapper.get('button[type=submit]').text()).toBe('提交问卷')
    wrapper.unmount()
  })

  it('sends nothing while required questions are unanswered, and marks each of them', async () => {
    const wrapper = mountForm()
    await option(wrapper, 'overall', '5').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    const marked = wrapper.findAll('.question--problem').map(q => q.attributes('data-question'))
    expect(marked).toEqual(['identity', 'organisation', 'understanding', 'again'])
    expect(wrapper.text()).toContain('还有 4 道题需要回答')
    expect(wrapper.get('[data-question="identity"] [role=alert]').text()).toBe('请回答这道题')
    wrapper.unmount()
  })

  it('sends the answers in the questionnaire\'s order, text trimmed, once all required ones are given', async () => {
    const wrapper = mountForm()
    await wrapper.get('textarea').setValue('  希望多开放几次  ')
    await option(wrapper, 'again', '愿意').setValue(true)
    await option(wrapper, 'understanding', '有所加深').setValue(true)
    await option(wrapper, 'organisation', '4').setValue(true)
    await option(wrapper, 'overall', '5').setValue(true)
    await option(wrapper, 'identity', '市民').setValue(true)
    await option(wrapper, 'channel', '随申办').setValue(true)
    await option(wrapper, 'channel', '政府网站').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[[
      { questionId: 'identity', kind: 'single', optionId: 'o1' },
      { questionId: 'channel', kind: 'multiple', optionIds: ['o1', 'o3'] },
      { questionId: 'overall', kind: 'rating', value: 5 },
      { questionId: 'organisation', kind: 'rating', value: 4 },
      { questionId: 'understanding', kind: 'single', optionId: 'o2' },
      { questionId: 'again', kind: 'single', optionId: 'o1' },
      { questionId: 'suggestions', kind: 'text', text: '希望多开放几次' },
    ]]])
    wrapper.unmount()
  })

  it('lets a visitor choose no more than a question allows', async () => {
    const wrapper = mountForm()
    for (const text of ['政务服务', '生态环境', '城市管理'])
      await option(wrapper, 'topics', text).setValue(true)
    expect(option(wrapper, 'topics', '交通出行').attributes('disabled')).toBeDefined()
    await option(wrapper, 'topics', '生态环境').setValue(false)
    expect(option(wrapper, 'topics', '交通出行').attributes('disabled')).toBeUndefined()
    wrapper.unmount()
  })

  it('shows a submission error and disables the button while sending', async () => {
    const wrapper = mount(QuestionnaireForm, { props: { questionnaire: standardQuestionnaire, submitting: true, error: '网络不通' } })
    expect(wrapper.get('button[type=submit]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('button[type=submit]').text()).toBe('正在提交…')
    expect(wrapper.get('[role=alert]').text()).toBe('网络不通')
  })
})
