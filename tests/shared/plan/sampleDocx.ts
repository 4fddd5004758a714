// A small .docx plan written the way Word writes one: runs split mid-word, automatic list
// numbering for the headings, tab stops, a field code, a text box with its fallback copy,
// and a breakdown table with a vertically merged cell, a spanning cell and a two-paragraph cell.
import { strToU8, zipSync } from 'fflate'

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
const paragraph = (...runs: string[]) => `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs.join('')}</w:p>`
const listItem = (numId: number, level: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`
const cell = (content: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`
const textCell = (text: string, props = '') => cell(paragraph(run(text)), props)
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`

const body = [
  paragraph(run('2024年青浦区'), run('政务公开工作要点')),
  paragraph(run('为做好政务公开工作，制定本要点。'), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'),
  listItem(1, 0, '加强政策公开'),
  listItem(1, 1, '推进政策集成发布。集中展示涉企政策&amp;解读材料。'),
  listItem(1, 1, '强化政策解读。多元化解读率不低于60%。'),
  listItem(1, 0, '推进公众参与'),
  listItem(1, 1, '办好政府开放活动。组织开展线下开放活动。'),
  '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
  paragraph(run('附件：任务分解表'), '<w:del><w:r><w:delText>已删除</w:delText></w:r></w:del>'),
  '<w:tbl>',
  row(textCell('序号'), textCell('任务名称'), textCell('任务内容'), textCell('责任单位'), textCell('时间节点')),
  row(textCell('1'), textCell('推进政策集成发布', '<w:vMerge w:val="restart"/>'), textCell('集中展示涉企政策。'), textCell('区政府办公室牵头，各部门负责'), textCell('全年')),
  row(textCell('2'), cell('<w:p/>', '<w:vMerge/>'), textCell('统一标注文件有效性。'), cell(paragraph(run('区司法局')) + paragraph(run('区政府办公室'))), textCell('6月底前')),
  row(textCell('3'), textCell('强化政策解读'), textCell('多元化解读率不低于60%。'), textCell('各部门、各街镇'), textCell('全年')),
  row(textCell('4'), textCell('办好政府开放活动'), textCell('组织开展线下开放活动，需要时&lt;8月&gt;举办。'), textCell('区政府办公室、各街镇 全年', '<w:gridSpan w:val="2"/>')),
  '</w:tbl>',
  paragraph(run('抄送：区委办公室。')),
].join('')

const numbering = `<w:numbering ${ns}>
<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>`

export function samplePlanDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    'word/numbering.xml': strToU8(numbering),
  })
}

/** What docxToText must make of it. */
export const samplePlanText = [
  '2024年青浦区政务公开工作要点',
  '为做好政务公开工作，制定本要点。',
  '一、加强政策公开',
  '（一）推进政策集成发布。集中展示涉企政策&解读材料。',
  '（二）强化政策解读。多元化解读率不低于60%。',
  '二、推进公众参与',
  '（一）办好政府开放活动。组织开展线下开放活动。',
  '文本框',
  '附件：任务分解表',
  '序号\t任务名称\t任务内容\t责任单位\t时间节点',
  '1\t推进政策集成发布\t集中展示涉企政策。\t区政府办公室牵头，各部门负责\t全年',
  '2\t\t统一标注文件有效性。\t区司法局；区政府办公室\t6月底前',
  '3\t强化政策解读\t多元化解读率不低于60%。\t各部门、各街镇\t全年',
  '4\t办好政府开放活动\t组织开展线下开放活动，需要时<8月>举办。\t区政府办公室、各街镇 全年\t',
  '抄送：区委办公室。',
].join('\n')
