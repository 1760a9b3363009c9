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

  /**
   * The core modules the renderer may run, because they import nothing at all. The watchlist
   * palette is one of them so that the colour the editor shows for a draft watchlist without its
   * own is the one the core will give it (one list, not two to keep in step). The pause lengths
   * likewise: «until tomorrow» is one rule for the settings, the tray and the CLI.
   */
  const SHARED_MODULES = ['electron/core/errors/problems', 'electron/core/text/controls', 'electron/core/contract/palette', 'electron/core/notify/pause']

  it('reaches into electron/ only for the contract (types only), the error codes, the display-safe text, the watchlist palette and the pause lengths', () => {
    const offenders = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8')
      return [...code.matchAll(/^import\s+(type\s+)?[^'"]*from\s*['"]([^'"]*electron\/[^'"]*)['"]/gm)]
        .filter((m) => !SHARED_MODULES.some((shared) => m[2].endsWith(shared)) && (!m[1] || !m[2].includes('electron/core/contract/')))
        .map((m) => `${file}: ${m[0]}`)
    })
    expect(offenders).toEqual([])
  })

  it.each(SHARED_MODULES)('may use %s because it imports nothing at all', (shared) => {
    const code = readFileSync(new URL(`../../../${shared}.ts`, import.meta.url), 'utf8')
    expect(specifiers(code)).toEqual([])
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
