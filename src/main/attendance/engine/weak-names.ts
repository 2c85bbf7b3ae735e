/**
 * Weak names: display names that say nothing about who someone is. Many different people join
 * as "iPhone", "Galaxy S21", "Zoom user", a call-in number or just "Sam", so such a name alone
 * never makes two rows one person (see identity.ts). Names come in normalizeName form.
 */

// A device word anywhere in the name: "iphone", "sam's ipad", "ipad de ana", "galaxy a52".
const deviceWord =
  /(?:^|[\s'’.,(_-])(?:iphone|ipad|ipod|android|galaxy|samsung|pixel|huawei|xiaomi|redmi|oneplus|nokia|phone|smartphone|mobile|tablet)(?=$|[\s'’.,)_\d-])/
// Zoom's own placeholders for people it knows nothing about.
const placeholder = /^(?:zoom user|call-?in user|dial-?in user|telephone user|guest user)\b/
// Phone dial-ins show the number, sometimes masked: "+1 555 123 4567", "15551234567", "+44 20****67".
const callInNumber = /^[+(\d][\d\s().*#+-]*$/
const letter = /\p{L}/u
// Scripts written without spaces between given and family name: one word there is a full name.
const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u

/** True for device names, Zoom placeholders, call-in numbers and single first names. */
export function isWeakName(name: string): boolean {
  if (name === '') return false
  if (deviceWord.test(name) || placeholder.test(name)) return true
  const first = name.charCodeAt(0)
  // Digit, + or ( first: a call-in number, unless letters follow.
  if ((first >= 48 && first <= 57) || first === 43 || first === 40) {
    if (callInNumber.test(name)) return true
  }
  return isSingleWord(name)
}

/** One word with letters ("sam", "zoë 🌟", "@here"), in a script that spaces its names. */
function isSingleWord(name: string): boolean {
  let words = 0
  let start = 0
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && name.charCodeAt(i) !== 32) continue
    if (i > start && hasLetter(name, start, i) && ++words > 1) return false
    start = i + 1
  }
  return words === 1 ? !unspacedScript.test(name) : name.length > 0 && words === 0
}

function hasLetter(name: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = name.charCodeAt(i)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true
    if (code > 127 && letter.test(name.slice(i, to))) return true
  }
  return false
}
