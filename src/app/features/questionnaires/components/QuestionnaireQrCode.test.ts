import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QuestionnaireQrCode from './QuestionnaireQrCode.vue'
import QuestionnaireResults from './QuestionnaireResults.vue'
import { standardQuestionnaire, summarizeResponses } from '../../../../shared/questionnaire'
import { readQr } from '../../../../../tests/helpers/app/qrReader'

/** The modules an SVG path of unit squares draws, read back from the path itself. */
function modulesOf(path: string, side: number, quiet = 4): { modules: Uint8Array, size: number } {
  const size = side - 2 * quiet
  const modules = new Uint8Array(size * size)
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g))
    modules[(Number(y) - quiet) * size + Number(x) - quiet] = 1
  return { modules, size }
}

describe('QuestionnaireQrCode', () => {
  it('draws a code that reads back as the link, named for screen readers', () => {
    const url = 'https://kaifangri.example.gov.cn/q/L2vH-ZXrG5lRwI9O2jZ8cscBvBfn7vGydjs3NlhKxUE'
    const wrapper = mount(QuestionnaireQrCode, { props: { text: url, label: `问卷二维码，链接：${url}` } })
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toContain(url)
    const side = Number(svg.attributes('viewBox')!.split(' ')[2])
    const { modules, size } = modulesOf(wrapper.get('path').attributes('d')!, side)
    expect(readQr(modules, size).text).toBe(url)
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
