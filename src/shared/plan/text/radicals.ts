// PDFs written by Chromium, WPS and some Word versions map common characters to the Kangxi and
// CJK radical code points that look the same (⼈ for 人, ⺠ for 民, ⻔ for 门); copied or
// extracted text carries them, and then 人民政府 does not match 人民政府. Back to the ideographs.

// The radicals supplement has no Unicode decomposition: the simplified forms, by hand; and ⼾,
// whose decomposition is the traditional 戶 where a simplified text means 户.
const supplement: Record<string, string> = {
  '⼾': '户', '⺌': '小', '⺗': '心', '⺝': '月', '⺟': '母', '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺦': '丬', '⺧': '牛', '⺨': '犭', '⺩': '王',
  '⺪': '疋', '⺫': '目', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺲': '罒', '⺳': '网', '⺷': '羊', '⺹': '耂', '⺻': '聿', '⺼': '月', '⺾': '艹', '⺿': '艹', '⻀': '艹',
  '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长',
  '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '飠', '⻠': '饣', '⻢': '马', '⻣': '骨',
  '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
}

const radical = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g

export function replaceRadicals(text: string): string {
  return text.replace(radical, char => supplement[char] ?? (char >= '\u2F00' ? char.normalize('NFKC') : char))
}
