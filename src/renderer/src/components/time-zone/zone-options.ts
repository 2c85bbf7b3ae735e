/**
 * The time zones a picker offers: the likely ones first (the computer's, the host's, those
 * used recently, UTC), then every zone the computer knows, and how typed text finds one.
 */
export interface ZoneChoice {
  zone: string
  /** Why it is near the top, e.g. "This computer"; '' for the rest. */
  note: string
}

let known: string[] | null = null

/** Every IANA zone the computer knows, plus UTC, sorted; computed once. */
export function allZones(): string[] {
  if (known) return known
  let zones: string[]
  try {
    zones = Intl.supportedValuesOf('timeZone')
  } catch {
    zones = []
  }
  known = [...new Set([...zones, 'UTC'])].sort()
  return known
}

/** "America/New_York" reads as "America/New York". */
export function zoneName(zone: string): string {
  return zone.replace(/_/g, ' ')
}

export function likelyZones(input: {
  computer: string
  current: string
  hostZone: string | null
  recent: readonly string[]
}): ZoneChoice[] {
  const choices: ZoneChoice[] = [
    { zone: input.current, note: 'In use now' },
    { zone: input.computer, note: 'This computer' },
    ...(input.hostZone ? [{ zone: input.hostZone, note: 'The host’s zone' }] : []),
    ...input.recent.map((zone) => ({ zone, note: 'Used recently' })),
    { zone: 'UTC', note: 'Universal time' }
  ]
  const seen = new Set<string>()
  return choices.filter((choice) => !seen.has(choice.zone) && seen.add(choice.zone))
}

const simplify = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')

/**
 * The zone typed text names: an exact name (any case, spaces for underscores), or the only
 * zone containing it ("berlin" → Europe/Berlin). Null when none or several match.
 */
export function findZone(text: string, zones: readonly string[] = allZones()): string | null {
  const wanted = simplify(text)
  if (wanted === '') return null
  const exact = zones.find((zone) => simplify(zone) === wanted)
  if (exact) return exact
  const containing = zones.filter((zone) => simplify(zone).includes(wanted))
  return containing.length === 1 ? containing[0]! : null
}
