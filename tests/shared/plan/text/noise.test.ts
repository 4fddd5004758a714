import { describe, expect, it } from 'vitest'
import { isPageMarker, isWebChrome, stripInlinePageMarkers } from '../../../../src/shared/plan/text/noise'

describe('isPageMarker', () => {
  it.each(['— 2 —', '- 3 -', '－4－', '第 2 页', '第2页 共5页', '共5页 第2页', '2/5'])('%s is a page number', (text) => {
    expect(isPageMarker(text)).toBe(true)
  })

  it.each(['5', '2024-2026', '一、加强政策解读', '第二批政策主题'])('%s is not', (text) => {
    expect(isPageMarker(text)).toBe(false)
  })
})

describe('stripInlinePageMarkers', () => {
  it('removes page numbers inside a line and leaves year ranges', () => {
    expect(stripInlinePageMarkers('负责）— 12 —二、（2024-2026）第 3 页 共 4 页三、')).toBe('负责）二、（2024-2026）三、')
  })
})

describe('isWebChrome', () => {
  it.each([
    '当前位置：首页 > 政务公开 > 工作要点',
    '扫描二维码 分享好友和朋友圈',
    '放大字体 缩小字体 2020-05-09 14:50:07 来源:上海市生态环境局 浏览次数:1392',
    '【字号：大 中 小】 【打印】 【关闭】',
    '上一篇：关于印发《奉贤区2023年数字化转型工作计划》的通知',
    '主办单位：上海市奉贤区人民政府办公室 版权所有',
    '沪ICP备12345678号-1',
    '地区: 上海',
    '标签: 政务公开 工作要点',
    '① 凡本网所有原始/编译文章及图片、图表的版权均属本网所有，如要转载，需注明出处。',
    'Processed in 0.098 second(s), 10 queries',
  ])('%s is page furniture', (text) => {
    expect(isWebChrome(text)).toBe(true)
  })

  it.each([
    '（二）丰富完善政策留言板功能，做好政策咨询回复工作。',
    '促进信息资源的共享共用，提升公众获取信息的便利性，通过政务微博、微信、朋友圈等渠道扩大政策传播范围，让更多企业群众知晓政策内容。',
    '一、进一步加大生态环境重点领域公开力度',
  ])('%s is document text', (text) => {
    expect(isWebChrome(text)).toBe(false)
  })
})
