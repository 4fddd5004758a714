import { describe, expect, it } from 'vitest'
import { markerOf } from '../../../../src/shared/plan/structure/markers'

describe('markerOf', () => {
  it.each([
    ['一、围绕中心工作', 'chinese', 1, '一、'],
    ['十二、工作保障', 'chinese', 12, '十二、'],
    ['（三）做好执法信息公开', 'chinese-paren', 3, '（三）'],
    ['3.拓展推送渠道', 'arabic', 3, '3.'],
    ['12、开展政策直播', 'arabic', 12, '12、'],
    ['（2）细化公开内容', 'arabic-paren', 2, '（2）'],
    ['②做好解读', 'circled', 2, '②'],
    ['第二部分 重点任务', 'part', 2, '第二部分'],
  ])('%s opens with a %s number %i', (text, style, number, label) => {
    expect(markerOf(text)).toMatchObject({ style, number, label })
  })

  it.each(['1.5万元的专项资金', '2024年工作要点', '12345热线', '5', '（以下简称《条例》）', '（2024-2026）', '一是加强解读'])('%s does not open with a heading number', (text) => {
    expect(markerOf(text)).toBeNull()
  })
})
