// Contact details as others may see them. Kept free of imports so the record schema can
// check that a stored mask matches its number.

/** Mobile 1[3-9]xxxxxxxxx, or a landline with its area code (0 + 9 to 11 digits), digits only. */
export const phonePattern = /^(?:1[3-9]\d{9}|0\d{9,11})$/

/** What people type, made canonical: spaces, dashes, brackets and a +86/0086 prefix removed. */
export function normalizePhone(input: string): string {
  return input.replace(/[\s\-()（）]/g, '').replace(/^(?:\+86|0086)/, '')
}

/** 13812341234 → 138****1234: the first three and the last four digits stay. */
export function maskPhone(phone: string): string {
  return phone.slice(0, 3) + '*'.repeat(Math.max(phone.length - 7, 1)) + phone.slice(-4)
}

/** 张三丰 → 张**: the family name stays. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1))
}
