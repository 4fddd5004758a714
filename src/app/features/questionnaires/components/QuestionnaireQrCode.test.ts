import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QuestionnaireQrCode from './QuestionnaireQrCode.vue'
import QuestionnaireResults from './QuestionnaireResults.vue'
import { standardQuestionnaire, summarizeResponses } from '../../../../shared/questionnaire'
import { decodeQrPath } from '../../../../../tests/helpers/app/qrDecode'

describe('QuestionnaireQrCode', () => {
  it.each([
    'https://kaifangri.example.gov.cn/q/L2vH-ZXrG5lRwI9O2jZ8cscBvBfn7vGydjs3NlhKxUE',
    'http://192.168.1.20:8080/q/abcdefghijklmnopqrstuvwxyz0123456789_-ABCDEFGHIJKLMNOP',
    'https://a.cn/q/x',
  ])('draws a code an independent decoder reads back as the link (%s), named for screen readers', (url) => {
    const wrapper = mount(QuestionnaireQrCode, { props: { text: url, label: `问卷二维码，链接：${url}` } })
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toContain(url)
    const side = Number(svg.attributes('viewBox')!.split(' ')[2])
    expect(decodeQrPath(wrapper.get('path').attributes('d')!, side)).toBe(url)
  })

  it('keeps the four-module quiet zone the standard asks for', () => {
    const wrapper = mount(QuestionnaireQrCode, { props: { text: 'https://a.cn/q/x', label: 'x' } })
    const coordinates = [...wrapper.get('path').attributes('d')!.matchAll(/M(\d+) (\d+)/g)].flatMap(([, x, y]) => [Number(x), Number(y)])
    expect(Math.min(...coordinates)).toBe(4)
  })
})

describe('QuestionnaireResults', () => {
  it('shows counts per option, the average rating and the written answers', () => {
    const summary = summarizeResponses(standardQuestionnaire, [
      { answers: [{ questionId: 'identity', kind: 'single', optionId: 'o1' }, { questionId: 'overall', kind: 'rating', value: 5 }, { questionId: 'suggestions', kind: 'text', text: '希望多开放几次' }] },
      { answers: [{ questionId: 'identity', kind: 'single', optionId: 'o1' }, { questionId: 'overall', kind: 'rating', value: 4 }] },
      { answers: [{ questionId: 'identity', kind: 'single', optionId: 'o2' }] },
    ])
    const wrapper = mount(QuestionnaireResults, { props: { title: standardQuestionnaire.title, summary } })
    const text = wrapper.text()
    expect(text).toContain('共收到 3 份问卷')
    expect(text).toContain('市民：2 人')
    expect(text).toContain('企业代表：1 人')
    expect(text).toContain('平均 4.5 分')
    expect(text).toContain('希望多开放几次')
    expect(text).toContain('暂无评分')
  })
})
