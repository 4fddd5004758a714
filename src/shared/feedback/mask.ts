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

/** What maskPhone and maskName give: only such values may sit in the masked fields. */
export const maskedPhonePattern = /^\d{3}\*{1,10}\d{4}$/
export const maskedNamePattern = /^[^*\s]\*{1,49}$/u

// A mobile number (optionally +86, digits grouped by spaces or dashes) or a landline with its area code.
const phonesInText = /(?<!\d)(?:(?:\+|00)?86[-\s]?)?1[3-9]\d(?:[-\s]?\d){8}(?!\d)|(?<!\d)0\d{2,3}[-\s]?\d{7,8}(?!\d)/g

/** Free text with every phone number in it masked like the phone field: for those who may not see contacts. */
export function maskPhonesIn(text: string): string {
  return text.replace(phonesInText, found => maskPhone(normalizePhone(found.replace(/[-\s]/g, ''))))
}
