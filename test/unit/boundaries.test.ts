/**
 * The architecture's two hard rules, checked on the source: electron/core never imports
 * electron, and the renderer (src/, and everything it imports, followed transitively) never
 * imports Node built-ins or electron.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const SPECIFIER = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

function specifiers(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4])
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec)
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile())
}

const isElectron = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/')

describe('architecture boundaries', () => {
  it('electron/core never imports electron', () => {
    const files = sourceFiles(join(ROOT, 'electron/core'))
    expect(files.length).toBeGreaterThan(10)
    const offenders = files.flatMap((f) => specifiers(f).filter(isElectron).map((s) => `${relative(ROOT, f)} → ${s}`))
    expect(offenders).toEqual([])
  })

  it('the renderer reaches no Node built-in and no electron, even through what it imports', () => {
    const queue = sourceFiles(join(ROOT, 'src'))
    expect(queue.length).toBeGreaterThan(3)
    const visited = new Set<string>()
    const offenders: string[] = []
    while (queue.length > 0) {
      const file = queue.pop() as string
      if (visited.has(file)) continue
      visited.add(file)
      for (const spec of specifiers(file)) {
        if (NODE_BUILTINS.has(spec) || isElectron(spec)) offenders.push(`${relative(ROOT, file)} → ${spec}`)
        else if (spec.startsWith('.')) {
          const target = resolveRelative(file, spec)
          if (target && /\.(ts|tsx)$/.test(target)) queue.push(target)
        }
      }
    }
    expect(offenders).toEqual([])
  })

  it('the lower core layers (text, rules, feeds, search, store, notify, errors, work) never import the contract or the app above them', () => {
    const lower = ['text', 'rules', 'feeds', 'search', 'store', 'notify', 'errors', 'work'].flatMap((area) => sourceFiles(join(ROOT, 'electron/core', area)))
    expect(lower.length).toBeGreaterThan(10)
    const offenders = lower.flatMap((f) =>
      specifiers(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => relative(join(ROOT, 'electron/core'), resolve(dirname(f), s)))
        .filter((target) => /^(contract|app|monitor|export)(\/|$)/.test(target))
        .map((target) => `${relative(ROOT, f)} → ${target}`),
    )
    expect(offenders).toEqual([])
  })

  it('the error codes sit below everything: electron/core/errors imports only itself', () => {
    const files = sourceFiles(join(ROOT, 'electron/core/errors'))
    const offenders = files.flatMap((f) => specifiers(f).filter((s) => !s.startsWith('./')).map((s) => `${relative(ROOT, f)} → ${s}`))
    expect(offenders).toEqual([])
  })

  it('the checker itself catches a Node import', () => {
    expect(specifiers(join(ROOT, 'electron/core/store/database.ts'))).toContain('node:fs')
    expect(specifiers(join(ROOT, 'electron/main/index.ts'))).toContain('electron')
  })
})
