/**
 * The repository is self-contained: a clean clone with nothing beside it builds and passes. No
 * file in it reads or names a file outside it (a relative path climbing above the root, the
 * workspace's shared folder), and no absolute path of some machine appears anywhere in it.
 *
 * Scanned: every file git tracks plus the untracked files it does not ignore, so a new file is
 * checked before it is ever committed. Binary files (images, fonts) are skipped.
 *
 * This file spells the forbidden strings in pieces, so that it passes its own scan.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { chromiumPath, findOnPath } from '../support/browser'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Repository-relative paths (with /) of the tracked and the untracked-but-not-ignored files. */
function repoFiles(): string[] {
  const list = (...args: string[]): string[] =>
    execFileSync('git', ['ls-files', '-z', ...args], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean)
  // A tracked file deleted in the working tree (not yet committed) is gone: nothing to read.
  return [...new Set([...list(), ...list('--others', '--exclude-standard')])].filter((f) => existsSync(join(ROOT, f))).sort()
}

interface Finding {
  readonly line: number
  readonly what: string
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length

/**
 * A relative path starts with ./ or ../ right after a quote, a space, a bracket…: not after a
 * letter, a dot or a slash (that would be inside a URL or a longer path). It runs to the next
 * quote, space or bracket.
 */
const RELATIVE_PATH = /(?<![\w.~$@/-])(?:\.\.?\/)+[^\s'"`<>()[\]{},;|]*/g

/** Relative paths in `text` that, resolved from the folder of `file`, land outside the root. */
function pathsClimbingOut(file: string, text: string): Finding[] {
  const folder = join(ROOT, dirname(file))
  const found: Finding[] = []
  for (const m of text.matchAll(RELATIVE_PATH)) {
    if (!m[0].includes('../')) continue
    const fromRoot = relative(ROOT, resolve(folder, m[0]))
    const outside = fromRoot === '..' || fromRoot.startsWith('..' + sep) || isAbsolute(fromRoot) // another drive
    if (outside) found.push({ line: lineOf(text, m.index), what: m[0] })
  }
  return found
}

/** The workspace around the repository: its shared seed folder and its design document (docs/ may have its own). */
const SHARED_SEED = ['shared', 'seed'].join('/')
const DESIGN_DOC = 'DESIGN' + '.md'

function workspaceNames(file: string, text: string): Finding[] {
  const found: Finding[] = []
  for (let i = text.indexOf(SHARED_SEED); i >= 0; i = text.indexOf(SHARED_SEED, i + 1)) found.push({ line: lineOf(text, i), what: SHARED_SEED })
  if (!file.startsWith('docs/')) {
    for (let i = text.indexOf(DESIGN_DOC); i >= 0; i = text.indexOf(DESIGN_DOC, i + 1)) {
      if (!text.slice(0, i).endsWith('docs/')) found.push({ line: lineOf(text, i), what: DESIGN_DOC })
    }
  }
  return found
}

/**
 * Folders that only exist on some machines: workspaces, home folders, temp, system installs.
 * A match must start a path (not follow a letter or a dot, as inside a URL). `/usr/bin/env` is
 * allowed: it is how a script finds its interpreter on PATH, which is the portable way.
 */
const MACHINE_DIRS = ['work', 'home', 'root', 'Users', 'tmp', 'usr(?!/bin/env\\b)', 'opt']
// A drive letter not after a backslash: `\d\d:\d\d` in a regex is not a Windows path.
const MACHINE_PATH = new RegExp(`(?<![\\w.~-])/(?:${MACHINE_DIRS.join('|')})/|(?<![\\w\\\\])[A-Za-z]:\\\\`, 'g')

function machinePaths(text: string): Finding[] {
  return [...text.matchAll(MACHINE_PATH)].map((m) => ({ line: lineOf(text, m.index), what: m[0] }))
}

/** Every finding of `check` over the repository's text files, as "path:line: what". */
function scan(check: (file: string, text: string) => Finding[]): string[] {
  const out: string[] = []
  for (const file of FILES) {
    const bytes = readFileSync(join(ROOT, file))
    if (bytes.includes(0)) continue // binary
    for (const f of check(file, bytes.toString('utf8'))) out.push(`${file}:${f.line}: ${f.what}`)
  }
  return out
}

const FILES = repoFiles()

describe('the repository is self-contained', () => {
  it('scans the whole repository, this file included', () => {
    expect(FILES).toEqual(expect.arrayContaining(['package.json', 'test/unit/self-contained.test.ts', 'test/fixtures/articles.json']))
    expect(FILES.some((f) => f.startsWith('node_modules/'))).toBe(false)
  })

  it('has no relative path that climbs out of the repository', () => {
    expect(scan(pathsClimbingOut)).toEqual([])
  })

  it('names no file of the workspace around it', () => {
    expect(scan(workspaceNames)).toEqual([])
  })

  it('has no absolute path of a machine', () => {
    expect(scan((_file, text) => machinePaths(text))).toEqual([])
  })
})

describe('the self-containment checks catch what they must', () => {
  const up = '..' + '/'

  it('a relative path is judged from its own file’s folder', () => {
    const text = `readFileSync('${up.repeat(3)}outside/a.txt')\nimport x from '${up.repeat(2)}support/feeds'`
    expect(pathsClimbingOut('test/unit/x.test.ts', text)).toEqual([{ line: 1, what: `${up.repeat(3)}outside/a.txt` }])
    expect(pathsClimbingOut('README.md', `see [the design](${up}notes.md) and [here](./docs/a.md)`)).toEqual([{ line: 1, what: `${up}notes.md` }])
    expect(pathsClimbingOut('README.md', 'https://example.com/a/' + up + 'b and a...b/c')).toEqual([])
  })

  it('the workspace names, and the design document outside docs/', () => {
    expect(workspaceNames('test/a.ts', `x\n'${SHARED_SEED}/1.txt'`)).toEqual([{ line: 2, what: SHARED_SEED }])
    expect(workspaceNames('README.md', `see ${DESIGN_DOC} or docs/${DESIGN_DOC}`)).toEqual([{ line: 1, what: DESIGN_DOC }])
    expect(workspaceNames('docs/ARCHITECTURE.md', `formerly ${DESIGN_DOC}`)).toEqual([])
  })

  it('absolute paths, but not URLs or the portable shebang', () => {
    const abs = (dir: string): string => `/${dir}/x`
    for (const dir of ['work', 'home', 'root', 'Users', 'tmp', 'opt', 'usr']) expect(machinePaths(`'${abs(dir)}'`), dir).toHaveLength(1)
    expect(machinePaths('file://' + abs('home'))).toHaveLength(1)
    expect(machinePaths('C:' + '\\' + 'Users')).toHaveLength(1)
    expect(machinePaths(String.raw`/^\d\d:\d\d$/`)).toEqual([])
    expect(machinePaths('https://example.com' + abs('home') + ' #!' + abs('usr').slice(0, -1) + 'bin/env bash ~/.config/Marsad')).toEqual([])
  })
})

describe('Chromium for the browser tests is found on PATH, not at a fixed place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-path-'))
  const bin = (folder: string, name: string, mode: number): void => {
    mkdirSync(join(dir, folder), { recursive: true })
    writeFileSync(join(dir, folder, name), '')
    chmodSync(join(dir, folder, name), mode)
  }
  bin('a', 'chromium', 0o644) // not executable: skipped
  bin('a', 'google-chrome', 0o755)
  bin('b', 'chromium-browser', 0o755)
  const PATH = [join(dir, 'missing'), join(dir, 'a'), join(dir, 'b')].join(delimiter)

  it('takes the first preferred name that is an executable file in a PATH folder', () => {
    expect(findOnPath(['chromium', 'chromium-browser', 'google-chrome'], PATH)).toBe(join(dir, 'b', 'chromium-browser'))
    expect(findOnPath(['google-chrome'], PATH)).toBe(join(dir, 'a', 'google-chrome'))
    expect(findOnPath(['chromium'], PATH)).toBeUndefined()
  })

  it('lets MARSAD_CHROMIUM override, and says what to do when there is none', () => {
    expect(chromiumPath({ PATH, MARSAD_CHROMIUM: 'my-chromium' })).toBe('my-chromium')
    expect(chromiumPath({ PATH })).toBe(join(dir, 'b', 'chromium-browser'))
    expect(() => chromiumPath({ PATH: join(dir, 'missing') })).toThrow(/MARSAD_CHROMIUM/)
  })
})
