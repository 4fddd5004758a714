// One spelling per unit, so that a name in one plan matches the same unit in another plan
// and in a user's profile. Aliases are the pairs the Shanghai plans actually use side by side.
const aliases: Record<string, string> = {
  区府办: '区政府办公室',
  区人民政府办公室: '区政府办公室',
  市府办: '市政府办公室',
  市人民政府办公室: '市政府办公室',
  区建管委: '区建设管理委',
  区建设和管理委: '区建设管理委',
  区交通委: '区建设管理委',
  区网信办: '区委网信办',
  办公室: '局办公室',
}

const halfToFull: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；' }

/** Trims, unifies punctuation, drops a trailing 等 and maps known aliases to one spelling. */
export function normalizeUnitName(name: string): string {
  const cleaned = name
    .replace(/[\s\u3000\u00A0]+/g, '')
    .replace(/[(),:;]/g, c => halfToFull[c])
    .replace(/等$/, '')
    .replace(/^[“"‘']+|[”"’']+$/g, '')
  const main = primaryUnitName(cleaned)
  return aliases[main] ?? main
}

/** 区建设管理委（区交通委） is one unit printed with its second name; the first names it. */
function primaryUnitName(name: string): string {
  const match = /^(.+?)（([^（）]+)）$/.exec(name)
  return match && looksLikeAlias(match[2]) ? match[1] : name
}

function looksLikeAlias(inner: string): boolean {
  return /[局委办室院部心队]$/.test(inner)
}

/** Every name a printed unit answers to: its normalized name and the name in its parentheses. */
export function unitNamesOf(printed: string): string[] {
  const names = new Set([normalizeUnitName(printed)])
  const inner = /（([^（）]+)）$/.exec(printed.replace(/[()]/g, c => halfToFull[c]))
  if (inner && looksLikeAlias(inner[1])) names.add(normalizeUnitName(inner[1]))
  return [...names]
}

export function sameUnit(a: string, b: string): boolean {
  const namesOfB = unitNamesOf(b)
  return unitNamesOf(a).some(name => namesOfB.includes(name))
}
