/**
 * Validates requests and responses against Zoom's official OpenAPI spec
 * (test/fixtures/zoom-openapi/ZoomMeetingAPISpec.json, a copy of the team's shared spec). Spec quirks live in spec-quirks.ts only.
 *
 *   validateResponse('GET', '/users', 200, body)   → { valid, errors }
 *   validateRequest('POST', '/users', { body })    → { valid, errors }
 */
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  globallyAllowedStatuses,
  isIgnoredSchemaError,
  isUndocumentedQueryAllowed,
  zoomErrorSchema
} from './spec-quirks'

export interface ValidationResult {
  valid: boolean
  errors: string[]
}

type Json = Record<string, unknown>

const specPath =
  process.env.HEADCOUNT_ZOOM_SPEC ??
  fileURLToPath(new URL('../fixtures/zoom-openapi/ZoomMeetingAPISpec.json', import.meta.url))
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Json

function makeAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes })
  addFormats(ajv)
  // Quirk openapi-formats: OpenAPI-only formats carry no constraint.
  for (const format of ['int64', 'int32', 'password', 'string', 'binary', 'byte'])
    ajv.addFormat(format, true)
  return ajv
}
const ajv = makeAjv(false)
const queryAjv = makeAjv(true)
const cache = new Map<string, ValidateFunction>()

/** Resolves local $refs and turns OpenAPI 3.0 `nullable` into JSON-Schema types. */
export function toJsonSchema(node: unknown, depth = 0): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, depth))
  if (!node || typeof node !== 'object') return node
  const source = node as Json
  if (typeof source.$ref === 'string' && depth < 40)
    return toJsonSchema(resolveRef(source.$ref), depth + 1)
  const out: Json = {}
  for (const [key, value] of Object.entries(source)) {
    if (key === 'example' || key === 'examples' || key === 'nullable' || key.startsWith('x-'))
      continue
    out[key] = toJsonSchema(value, depth)
  }
  if (source.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null']
  return out
}

function resolveRef(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`)
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (at, part) => (at as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')],
      spec
    )
}

function operation(method: string, pathTemplate: string): Json {
  const item = (spec.paths as Json)[pathTemplate] as Json | undefined
  const op = item?.[method.toLowerCase()] as Json | undefined
  if (!op) throw new Error(`The spec has no ${method} ${pathTemplate}.`)
  return op
}

function compile(key: string, schema: unknown, instance: Ajv = ajv): ValidateFunction {
  let validate = cache.get(key)
  if (!validate) {
    validate = instance.compile(toJsonSchema(schema) as Json)
    cache.set(key, validate)
  }
  return validate
}

function run(validate: ValidateFunction, data: unknown, label: string): string[] {
  if (validate(data)) return []
  return (validate.errors ?? [])
    .filter((error) => !isIgnoredSchemaError(error))
    .map((error) => `${label}${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
}

export function validateResponse(
  method: string,
  pathTemplate: string,
  status: number,
  body: unknown
): ValidationResult {
  const responses = operation(method, pathTemplate).responses as Json
  const documented = Object.keys(responses).map(Number)
  const errors: string[] = []
  // Quirk http-300-is-400 and global-statuses: see spec-quirks.ts.
  const allowed =
    documented.includes(status) ||
    (status >= 400 && globallyAllowedStatuses.includes(status)) ||
    (status === 400 && documented.includes(300))
  if (!allowed)
    errors.push(`status ${status} is not documented (documented: ${documented.join(', ')})`)
  if (status >= 400) {
    errors.push(...run(compile('zoom-error', zoomErrorSchema), body, 'error body'))
  } else {
    const content = (responses[String(status)] as Json | undefined)?.content as Json | undefined
    const schema = (content?.['application/json'] as Json | undefined)?.schema
    if (schema)
      errors.push(...run(compile(`${method} ${pathTemplate} ${status}`, schema), body, 'response'))
  }
  return { valid: errors.length === 0, errors }
}

export interface RequestParts {
  path?: Record<string, string>
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
}

export function validateRequest(
  method: string,
  pathTemplate: string,
  parts: RequestParts = {}
): ValidationResult {
  const op = operation(method, pathTemplate)
  const item = (spec.paths as Json)[pathTemplate] as Json
  const params = [
    ...((item.parameters as Json[] | undefined) ?? []),
    ...((op.parameters as Json[] | undefined) ?? [])
  ]
  const errors: string[] = []
  for (const param of params) {
    const where = param.in as string
    if (where !== 'query' && where !== 'path') continue
    const name = param.name as string
    const value = where === 'path' ? parts.path?.[name] : parts.query?.[name]
    if (value === undefined) {
      if (param.required === true && where === 'query') errors.push(`query ${name} is required`)
      continue
    }
    let schema = param.schema as Json
    // Quirk meetingId-oneOf: both branches match a numeric id.
    if (Array.isArray(schema.oneOf)) schema = { anyOf: schema.oneOf }
    const key = `${method} ${pathTemplate} ${where} ${name}`
    errors.push(...run(compile(key, schema, queryAjv), value, `${where} ${name}`))
  }
  for (const name of Object.keys(parts.query ?? {})) {
    const documented = params.some((p) => p.in === 'query' && p.name === name)
    // Quirk list-webinars-next-page-token: see spec-quirks.ts.
    if (!documented && !isUndocumentedQueryAllowed(method, pathTemplate, name))
      errors.push(`query ${name} is not in the spec`)
  }
  const bodySchema = (
    ((op.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as
      Json | undefined
  )?.schema
  if (parts.body !== undefined) {
    if (!bodySchema) errors.push('this operation takes no JSON body')
    else
      errors.push(...run(compile(`${method} ${pathTemplate} body`, bodySchema), parts.body, 'body'))
  } else if ((op.requestBody as Json | undefined)?.required === true)
    errors.push('body is required')
  return { valid: errors.length === 0, errors }
}
