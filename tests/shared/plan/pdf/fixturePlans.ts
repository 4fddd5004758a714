// The PDF test documents, as HTML for Chromium to print. Written for these tests: a notice that
// forwards a plan over three pages (running header, "— N —" page numbers, paragraphs broken at
// the right margin and at page ends), a task table alone over two pages (第N页 共M页, the header
// row repeated on the second page, cells of several lines), and a scanned page (no text layer).
import { numberToChinese } from '../../../../src/shared/text/numerals'
import type { PdfPageSetup } from './renderPdf'

export interface PdfFixture {
  name: string
  body: string
  setup: PdfPageSetup
}

export const p = (text: string, className = '') => `<p${className ? ` class="${className}"` : ''}>${text}</p>`

export const planChapters: Array<{ heading: string, tasks: string[] }> = [
  {
    heading: '围绕优化营商环境加强政策公开',
    tasks: [
      '深化政策集成式发布。依托区政府门户网站政策文件库，按照企业全生命周期和个人全生命周期主题对现行有效的政策文件进行分类归集，于2月28日前完成政策文件库栏目改版，第三季度内完成涉企政策“免申即享”清单的集中发布。（区政府办公室牵头，区发展改革委、区经委、区商务委负责）',
      '提升政策解读实效。坚持政策文件与解读材料同步组织、同步审签、同步发布，新出台的行政规范性文件解读率达到百分之百，图解、视频、问答等多元化解读比例不低于60%。各部门主要负责同志全年至少参加政策解读活动1次。（区政府各部门）',
      '做好政策精准推送。以企业专属网页和“随申办”嘉定旗舰店为载体，按企业规模、行业类别主动推送适用政策，每季度至少开展1次推送效果评估，推动惠企政策直达快享。（区数据局牵头，各相关部门配合）',
    ],
  },
  {
    heading: '围绕提升治理效能深化公众参与',
    tasks: [
      '规范重大行政决策公众参与。严格执行重大行政决策程序规定，重大决策草案公开征求意见的期限不得少于30日，并通过政府网站集中公开意见采纳情况。全年邀请利益相关方、公众代表、专家列席区政府常务会议不少于4次。（区司法局牵头，各决策承办单位负责）',
      '办好政府开放活动。围绕“人民城市”建设，结合安全生产、生态环境、公共服务等重点领域，组织开展主题开放活动，每场邀请公众代表不少于20人，活动方案于5月中旬前报区政府办公室，活动综述于11月下旬前集中公开。（区政府办公室牵头，各部门、各街镇负责）',
      '加强政民互动回应。健全“12345”市民服务热线诉求与政策咨询联动机制，对群众反映集中的政策问题及时组织解读回应，形成常见问题库并按季度更新。（区政府办公室、区政务服务中心）',
    ],
  },
  {
    heading: '围绕夯实工作基础强化组织保障',
    tasks: [
      '加强基层政务公开标准化规范化建设。各街镇对照基层政务公开标准目录，于6月底前完成目录动态调整，持续推进村（居）务公开与政务公开有效衔接，年底前实现全区村（居）公开栏目标准化全覆盖。（各街镇负责）',
      '强化培训考核。将政务公开纳入各部门年度绩效考核，分值不低于4%；全年组织政务公开业务培训不少于2次，覆盖各部门、各街镇政务公开工作人员。（区政府办公室）',
    ],
  },
]

/** Chapters as paragraphs, numbered 一、 and （一）, the first one after `skip` chapters. */
export function chapterParagraphs(chapters: typeof planChapters, skip: number): string[] {
  return chapters.flatMap(({ heading, tasks }, index) => [
    p(`${numberToChinese(skip + index + 1)}、${heading}`),
    ...tasks.map((task, item) => p(`（${numberToChinese(item + 1)}）${task}`)),
  ])
}

const notice = [
  p('嘉府办发〔2025〕6号', 'right'),
  '<h1>嘉定区人民政府办公室关于印发《2025年嘉定区政务公开工作要点》的通知</h1>',
  p('各镇人民政府、街道办事处，区政府各委、办、局：', 'flush'),
  p('现将《2025年嘉定区政务公开工作要点》印发给你们，请结合实际认真抓好落实。'),
  p('嘉定区人民政府办公室', 'right'),
  p('2025年3月12日', 'right'),
  '<div style="break-after: page"></div>',
  '<h1>2025年嘉定区政务公开工作要点</h1>',
  p('为深入贯彻落实国家和本市关于全面推进政务公开工作的决策部署，持续提升政务公开标准化规范化水平，更好服务全区经济社会高质量发展，结合本区实际，制定本要点。'),
  ...chapterParagraphs(planChapters, 0),
  p('各部门、各街镇要对照本要点明确责任分工，于本要点印发后15日内制定本单位年度工作安排，并在门户网站公开。'),
  p('抄送：区委各部门，区人大办，区政协办，区法院，区检察院。', 'flush'),
  p('嘉定区人民政府办公室2025年3月12日印发', 'flush'),
].join('\n')

export const tableRows: string[][] = [
  ['规范信息发布', '建立信息发布前保密审查和内容审核机制，做到先审后发、应审必审，每季度至少1次对门户网站栏目开展自查。', '办公室', '全年'],
  ['公开数据开放目录', '编制年度公共数据开放清单，新增开放数据集不少于20个，并在市公共数据开放平台同步更新。', '数据资源科', '6月底前'],
  ['推进政务服务公开', '动态更新政务服务事项办事指南，确保线上线下信息一致、准确、完整。', '政务服务科', '持续推进'],
  ['办好数据开放活动', '围绕公共数据开放应用组织开放日活动至少2场，邀请企业和市民代表参加。', '数据资源科牵头，办公室配合', '9月中旬'],
  ['做好依申请公开', '规范依申请公开办理流程，答复期限一般不超过15个工作日，加强答复文书合法性审查。', '法规科', '全年'],
  ['加强数字化转型信息公开', '集中公开城市数字化转型重点项目进展情况，按季度发布工作动态，年底前形成年度报告。', '规划发展科', '12月下旬'],
  ['强化网站安全管理', '落实网络安全等级保护要求，开展网站安全检测和应急演练，及时修复安全漏洞。', '信息安全科', '11月底前'],
  ['开展政务新媒体检查', '对本局政务新媒体账号开展季度检查，检查结果在门户网站公开。', '办公室', '每季度末'],
  ['深化政策解读', '重要政策文件同步发布解读材料，解读形式包括图解、视频、问答等，多元化解读比例不低于50%。', '法规科牵头，各业务科室配合', '全年'],
  ['加强业务培训', '组织全局政务公开业务培训不少于2次，覆盖各科室信息员。', '办公室', '10月底前'],
  ['完善考核评估', '将政务公开工作纳入科室年度考核，委托第三方开展公开质量评估。', '办公室', '12月上旬'],
  ['推进基层公开协同', '指导各街镇做好数据开放相关基层政务公开事项，规范公开内容和公开方式。', '数据资源科', '下半年'],
  ['做好年度报告', '按时编制并公开本局政府信息公开工作年度报告，如实反映公开工作情况。', '办公室', '1月31日前'],
  ['加强保障落实', '明确各科室政务公开联络员，建立月度工作例会制度，及时协调解决工作中的问题。', '办公室', '3月上旬'],
]

export const row = (...cells: string[]) => `<tr>${cells.map(cell => `<td>${cell}</td>`).join('')}</tr>`

export const tableHead = '<table><colgroup><col style="width:17%"><col style="width:43%"><col style="width:22%"><col style="width:18%"></colgroup><thead><tr><th>工作任务</th><th>具体要求</th><th>责任科室</th><th>时限要求</th></tr></thead><tbody>'

const table = [
  '<h1>2025年嘉定区数据局政务公开任务清单</h1>',
  tableHead,
  ...tableRows.map(cells => row(...cells)),
  '</tbody></table>',
].join('\n')

// Text drawn on a canvas and placed as a picture: a page of a scanned document, with no text layer.
const scanned = `<img id="scan" style="width:150mm;height:200mm">
<script>
  const canvas = document.createElement('canvas')
  canvas.width = 600; canvas.height = 800
  const g = canvas.getContext('2d')
  g.fillStyle = '#f4f1ea'; g.fillRect(0, 0, 1200, 1600)
  g.fillStyle = '#222'; g.font = '26px sans-serif'
  g.fillText('2025年嘉定区政务公开工作要点', 90, 100)
  g.font = '18px sans-serif'
  for (let line = 0; line < 20; line++) g.fillText('一、围绕优化营商环境加强政策公开（扫描件）', 60, 160 + line * 30)
  document.getElementById('scan').src = canvas.toDataURL('image/jpeg', 0.5)
</script>`

export const pdfFixtures: PdfFixture[] = [
  { name: 'notice-plan', body: notice, setup: { header: '嘉定区人民政府办公室', footer: '— <span class="pageNumber"></span> —' } },
  { name: 'task-table', body: table, setup: { footer: '第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页' } },
  { name: 'scanned', body: scanned, setup: {} },
]
