import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot, requireFromProject } from './project-files'

export interface BuilderTarget {
  target: string
  arch: string[]
}

/** The parts of electron-builder.yml the packaging tests look at. */
export interface BuilderConfig {
  appId: string
  productName: string
  directories: { output: string; buildResources: string }
  files: string[]
  asar: boolean
  electronFuses: Record<string, boolean>
  win: { target: BuilderTarget[]; icon: string }
  nsis: Record<string, unknown>
  mac: { target: BuilderTarget[]; icon: string; identity: string | null }
  linux: { target: BuilderTarget[]; icon: string; maintainer: string }
  [key: string]: unknown
}

// js-yaml comes with electron-builder; loaded through require because it ships no types.
const yaml = requireFromProject('js-yaml') as { load(text: string): unknown }

export const builderConfigPath = join(projectRoot, 'electron-builder.yml')

export function readBuilderConfig(): BuilderConfig {
  return yaml.load(readFileSync(builderConfigPath, 'utf8')) as BuilderConfig
}
