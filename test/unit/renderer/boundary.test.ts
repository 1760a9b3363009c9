import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const srcDir = new URL('../../../src/', import.meta.url).pathname

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  )
}

const specifiers = (code: string): string[] =>
  [...code.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2])

describe('renderer boundary', () => {
  const files = sourceFiles(srcDir)

  it('finds the renderer sources', () => {
    expect(files.length).toBeGreaterThan(5)
  })

  it('never imports Node built-ins or electron', () => {
    const node = new Set(builtinModules)
    const offenders = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('node:') || node.has(spec.split('/')[0]) || spec === 'electron' || spec.startsWith('electron/'))
        .map((spec) => `${file}: ${spec}`),
    )
    expect(offenders).toEqual([])
  })

  it('reaches into electron/ only for the contract (types only) and the error codes', () => {
    const offenders = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8')
      return [...code.matchAll(/^import\s+(type\s+)?[^'"]*from\s*['"]([^'"]*electron\/[^'"]*)['"]/gm)]
        .filter((m) => !m[2].endsWith('electron/core/errors/problems') && (!m[1] || !m[2].includes('electron/core/contract/')))
        .map((m) => `${file}: ${m[0]}`)
    })
    expect(offenders).toEqual([])
  })

  it('may use the error codes module because it imports nothing at all', () => {
    const problems = readFileSync(new URL('../../../electron/core/errors/problems.ts', import.meta.url), 'utf8')
    expect(specifiers(problems)).toEqual([])
  })

  it('renders raw HTML in one place only, and only DOMPurify output there', () => {
    const offenders = files.filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(file, 'utf8')))
    expect(offenders.map((file) => file.slice(srcDir.length))).toEqual(['components/ArticleHtml.tsx'])
    // The only caller of ArticleHtml hands it what sanitizeArticleHtml returned.
    const callers = files.filter((file) => /<ArticleHtml\b/.test(readFileSync(file, 'utf8')))
    expect(callers.map((file) => file.slice(srcDir.length))).toEqual(['components/ReaderBody.tsx'])
    const caller = readFileSync(join(srcDir, 'components/ReaderBody.tsx'), 'utf8')
    expect(caller).toMatch(/const html = useMemo\(\(\) => sanitizeArticleHtml\(browserPurifier, contentHtml\)/)
    expect(caller).toMatch(/<ArticleHtml html=\{html\} \/>/)
  })
})
