import type { Context } from 'hono'
import { validationFailed } from '../server/errors'
import type { SimEnv } from '../server/guard'

export function queryOf(c: Context<SimEnv>): Record<string, string | undefined> {
  return c.req.query()
}

/** Zoom answers an unreadable JSON body with a 300 validation failure. */
export async function readJsonBody(c: Context<SimEnv>): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await c.req.json()
    if (body && typeof body === 'object' && !Array.isArray(body))
      return body as Record<string, unknown>
  } catch {
    // fall through
  }
  throw validationFailed([{ field: 'body', message: 'The request body must be a JSON object.' }])
}

/** Path params decoded once by hono (fine for ids and emails; UUIDs use meeting-id.ts). */
export function pathParam(c: Context<SimEnv>, name: string): string {
  return c.req.param(name) ?? ''
}
