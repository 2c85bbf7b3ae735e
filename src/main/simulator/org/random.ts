/**
 * A tiny seeded PRNG. The org generator derives one stream per meeting/instance from the seed,
 * so data for one instance can be generated lazily, in any order, and still be deterministic.
 */
export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9
  }

  /** mulberry32: fast, good enough for test data, reproducible across platforms. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** A fresh seed for a child stream, e.g. one per instance. */
  fork(label: number): Rng {
    return new Rng(mixSeed(this.int(0, 0x7fffffff), label))
  }
}

export function mixSeed(a: number, b: number): number {
  let h = (a ^ 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (b + 0x9e3779b9 + (h << 6) + (h >>> 2)), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const idChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Zoom meeting UUIDs look like base64 of 16 bytes: 22 characters plus "==". */
export function randomUuid(rng: Rng): string {
  let out = ''
  for (let i = 0; i < 22; i += 1) out += base64Chars[rng.int(0, 63)]
  return `${out}==`
}

/** Zoom user and registrant ids: 22 URL-safe characters. */
export function randomId(rng: Rng, length = 22): string {
  let out = ''
  for (let i = 0; i < length; i += 1) out += idChars[rng.int(0, idChars.length - 1)]
  return out
}

/** Meeting ids are 11-digit integers (10 digits are reserved for PMIs). */
export function randomMeetingId(rng: Rng): number {
  return rng.int(81, 99) * 1_000_000_000 + rng.int(0, 999_999_999)
}
