import { describe, expect, it } from 'vitest'
import { splitSourceLines } from '../../../../src/shared/plan/text/normalize'
import { splitRunOnLines } from '../../../../src/shared/plan/text/runOn'

const cut = (text: string) => splitRunOnLines(splitSourceLines(text)).map(line => line.text)

const runOnPlan = '青浦区人民政府办公室文件青府办发〔2024〕14号上海市青浦区人民政府办公室关于印发《2024年青浦区政务公开工作要点》的通知各镇人民政府、街道办事处：现将《2024年青浦区政务公开工作要点》印发给你们，请认真按照执行。青浦区人民政府办公室2024年4月30日2024年青浦区政务公开工作要点为进一步加强和改进政务公开工作，以更高质量政务公开服务本区加快建成社会主义现代化国际大都市枢纽门户，制定本工作要点。一、优化政策全流程公开（一）深化政策集成式发布成果。围绕涉外政策做好集中归集。（区政府办公室、各相关部门）（二）开展“政策解读提升年”活动。健全政策全周期解读工作机制。（各部门、各街镇）二、夯实工作基础（一）加强业务能力建设。继续加强全区统一培训。（区政府办公室）'

describe('splitRunOnLines', () => {
  it('cuts text that lost its line breaks where headings, titles and dates begin', () => {
    expect(cut(runOnPlan)).toEqual([
      '青浦区人民政府办公室文件',
      '青府办发〔2024〕14号',
      '上海市青浦区人民政府办公室关于印发《2024年青浦区政务公开工作要点》的通知',
      '各镇人民政府、街道办事处：现将《2024年青浦区政务公开工作要点》印发给你们，请认真按照执行。',
      '青浦区人民政府办公室',
      '2024年4月30日',
      '2024年青浦区政务公开工作要点',
      '为进一步加强和改进政务公开工作，以更高质量政务公开服务本区加快建成社会主义现代化国际大都市枢纽门户，制定本工作要点。',
      '一、优化政策全流程公开',
      '（一）深化政策集成式发布成果。围绕涉外政策做好集中归集。（区政府办公室、各相关部门）',
      '（二）开展“政策解读提升年”活动。健全政策全周期解读工作机制。（各部门、各街镇）',
      '二、夯实工作基础',
      '（一）加强业务能力建设。继续加强全区统一培训。（区政府办公室）',
    ])
  })

  it('takes a space between Chinese characters in run-on text for the line break it was', () => {
    const joined = `${'为全面做好政务公开工作，制定本工作要点。'.repeat(16)} 一、围绕中心工作 （一）及时发布决策事项目录。（局办公室负责）`
    expect(cut(joined).slice(-2)).toEqual(['一、围绕中心工作', '（一）及时发布决策事项目录。（局办公室负责）'])
  })

  it('leaves ordinary lines as they are', () => {
    expect(cut('一、加强政策解读\n（一）做好解读。')).toEqual(['一、加强政策解读', '（一）做好解读。'])
  })

  it('does not cut a decimal or a date', () => {
    const long = `${'政策解读工作要持续深化。'.repeat(30)}全年投入1.5万元，于2024年6月30日前完成。`
    expect(cut(long).join('')).toBe(long)
  })
})
