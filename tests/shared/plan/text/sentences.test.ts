import { describe, expect, it } from 'vitest'
import { firstClause, splitSentences } from '../../../../src/shared/plan/text/sentences'

describe('splitSentences', () => {
  it('cuts after 。！？ and keeps a closing quote with its sentence', () => {
    expect(splitSentences('实现“解决一件、带动一片。”做好留言办理结果应用！加强源头治理')).toEqual(['实现“解决一件、带动一片。”', '做好留言办理结果应用！', '加强源头治理'])
  })

  it('does not cut inside brackets or book titles', () => {
    expect(splitSentences('综合运用“四类推送法”（通过短消息推送。通过窗口推送。），扩大推送成效。公开《办法。细则》。')).toEqual(['综合运用“四类推送法”（通过短消息推送。通过窗口推送。），扩大推送成效。', '公开《办法。细则》。'])
  })

  it('drops pieces that are only punctuation', () => {
    expect(splitSentences('。做好解读。')).toEqual(['做好解读。'])
  })
})

describe('firstClause', () => {
  it('stops at the first comma after a minimum length, outside brackets and quotes', () => {
    expect(firstClause('做好《美丽青浦建设三年行动计划（2024-2026）》的发布与解读，及时公开', 8)).toBe('做好《美丽青浦建设三年行动计划（2024-2026）》的发布与解读')
    expect(firstClause('做好，及时公开政务信息', 8)).toBe('做好，及时公开政务信息')
  })
})
