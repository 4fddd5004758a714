import { describe, expect, it } from 'vitest'
import { findTargets } from '../../../../src/shared/plan/rules/targets'

describe('findTargets', () => {
  it('reads 不得少于3次 with the clause it belongs to', () => {
    expect(findTargets('强化决策审议过程公众参与，区政府年内邀请利益相关方代表列席决策会议不得少于3次；')).toEqual([
      { text: '区政府年内邀请利益相关方代表列席决策会议不得少于3次', op: '>=', value: 3, unit: '次' },
    ])
  })

  it('reads percentages: 不低于60%, 分值不低于4%', () => {
    expect(findTargets('多元化解读率不低于60%。纳入绩效考核且分值不低于4%的定量要求')).toEqual([
      { text: '多元化解读率不低于60%', op: '>=', value: 60, unit: '%' },
      { text: '纳入绩效考核且分值不低于4%', op: '>=', value: 4, unit: '%' },
    ])
  })

  it('reads a target in parentheses: （年内不少于2次）', () => {
    expect(findTargets('邀请代表列席局长办公会议等有关会议（年内不少于2次），列席情况向社会公开。')).toEqual([
      { text: '年内不少于2次', op: '>=', value: 2, unit: '次' },
    ])
  })

  it('reads Chinese numerals: 至少听取一次', () => {
    expect(findTargets('各单位主要领导年内至少听取一次政务公开工作汇报。')).toEqual([
      { text: '各单位主要领导年内至少听取一次', op: '>=', value: 1, unit: '次' },
    ])
  })

  it('reads upper bounds', () => {
    expect(findTargets('办理时限不超过15个工作日，差错率控制在1%以内。')).toEqual([
      { text: '办理时限不超过15个工作日', op: '<=', value: 15, unit: '个工作日' },
      { text: '差错率控制在1%以内', op: '<=', value: 1, unit: '%' },
    ])
  })

  it('finds nothing in a sentence without a number to reach', () => {
    expect(findTargets('不断提升政务公开质量，至少做到应公开尽公开。')).toEqual([])
  })
})

describe('findTargets on the ways plans state a count', () => {
  it('reads 至少 with its verb and object before the number', () => {
    expect(findTargets('各街镇至少组织开展“政府开放月”主题活动2场，全年至少组织政策解读直播2次。')).toEqual([
      { text: '各街镇至少组织开展“政府开放月”主题活动2场', op: '>=', value: 2, unit: '场' },
      { text: '全年至少组织政策解读直播2次', op: '>=', value: 2, unit: '次' },
    ])
  })

  it('reads every target of a sentence: 不少于20人, 不得少于3次, 每季度至少1次', () => {
    expect(findTargets('每场开放活动邀请公众代表不少于20人；全年召开新闻发布会不得少于3次，每季度至少1次。')).toEqual([
      { text: '每场开放活动邀请公众代表不少于20人', op: '>=', value: 20, unit: '人' },
      { text: '全年召开新闻发布会不得少于3次', op: '>=', value: 3, unit: '次' },
      { text: '每季度至少1次', op: '>=', value: 1, unit: '次' },
    ])
  })

  it('does not take a year or a date after 至少 for a count', () => {
    expect(findTargets('至少保留2024年以来的全部政策文件，至少在3月1日前完成清理。')).toEqual([])
  })
})
