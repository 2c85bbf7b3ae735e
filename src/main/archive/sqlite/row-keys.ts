/**
 * The lookup columns stored beside each raw Zoom row. They only find rows; the engine reads the
 * raw JSON, so a change here never changes a computed number.
 */
import {
  collapseSpaces,
  normalizeEmail,
  normalizeName,
  parseInstant,
  text
} from '../../attendance/engine/field-values'

const nonAscii = /[^ -~]/ // anything but printable ASCII (tabs go through the slow path too)
const marks = /\p{M}+/gu

/** NFC, then case-folded with spaces collapsed: "José Núñez" typed either way is one key. */
export function nameKey(value: unknown): string {
  const name = normalizeName(value)
  return nonAscii.test(name) ? name.normalize('NFC').toLowerCase().normalize('NFC') : name
}

/** The name key without accents, for prefix search: "jose" finds "José". */
export function searchKey(key: string): string {
  return nonAscii.test(key) ? key.normalize('NFD').replace(marks, '').normalize('NFC') : key
}

export { normalizeEmail as emailKey, parseInstant, text }

export function registrantName(row: { first_name?: unknown; last_name?: unknown }): string {
  return collapseSpaces(`${text(row.first_name)} ${text(row.last_name)}`)
}
