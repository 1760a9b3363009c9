/**
 * Node-version truth: the Node versions package.json's engines admits run everything the tests,
 * the CLI and `serve` use; add Electron's own range and they run what npm start, dev and dist use.
 * Checked against the `engines` the installed packages declare, over a grid of Node versions.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { satisfies } from '../../../scripts/lib/node-range'
import { installedPackageDir } from '../../../scripts/lib/project'
import { PROJECT_ROOT } from '../../support/cli'

interface Manifest {
  readonly engines?: { readonly node?: string }
  readonly dependencies?: Record<string, string>
  readonly devDependencies?: Record<string, string>
}
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
const project = manifest(PROJECT_ROOT)

/** Run only by npm start / dev / dist (the launcher, the Electron install, the native build, packaging). */
const DESKTOP_ONLY = ['electron', '@electron/rebuild', '@electron/get', 'node-abi', 'node-gyp', 'prebuild-install', 'electron-builder', 'app-builder-lib']
/** Every direct dependency, and what vite and tsx run underneath. */
const EVERYDAY = [...Object.keys({ ...project.dependencies, ...project.devDependencies }), 'rolldown', 'esbuild'].filter((n) => !DESKTOP_ONLY.includes(n))

const GRID = Array.from({ length: 15 }, (_, i) => 16 + i).flatMap((major) =>
  Array.from({ length: 41 }, (_, minor) => [0, 1, 50].map((patch) => `${major}.${minor}.${patch}`)).flat(),
)

function declaredRange(name: string): string | undefined {
  return manifest(installedPackageDir(name, PROJECT_ROOT)).engines?.node
}

/** Versions the first range admits and a package's declared range refuses. */
function refused(admitted: (v: string) => boolean, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const range = declaredRange(name)
    if (range === undefined) return []
    const bad = GRID.filter((v) => admitted(v) && !satisfies(v, range))
    return bad.length ? [`${name} (${range}) refuses ${bad.slice(0, 3).join(', ')}…`] : []
  })
}

describe('satisfies (the engines ranges the launcher reads)', () => {
  it.each([
    ['22.12.0', '>= 22.12.0', true],
    ['22.11.9', '>= 22.12.0', false],
    ['20.19.0', '^20.19.0 || >=22.12.0', true],
    ['21.0.0', '^20.19.0 || >=22.12.0', false],
    ['22.13.0', '^20.19.0 || ^22.13.0 || >=24.0.0 <27', true],
    ['23.5.0', '^20.19.0 || ^22.13.0 || >=24.0.0 <27', false],
    ['26.9.9', '^20.19.0 || ^22.13.0 || >=24.0.0 <27', true],
    ['27.0.0', '^20.19.0 || ^22.13.0 || >=24.0.0 <27', false],
    ['25.1.0', '20.x || 22.x || 23.x || 24.x || 25.x || 26.x', true],
    ['21.1.0', '20.x || 22.x || 23.x || 24.x || 25.x || 26.x', false],
    ['20.16.0', '^20.17.0 || >=22.9.0', false],
    ['20.1.0', '~20.1', true],
    ['20.2.0', '~20.1', false],
    ['18.0.0', '>18', false],
    ['19.0.0', '>18', true],
    ['v20.20.2', '*', true],
  ])('%s in %s: %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected)
  })

  it('throws on a form it does not know rather than letting any version through', () => {
    expect(() => satisfies('20.0.0', '20.0.0 - 22.0.0')).toThrow(/unsupported version range/)
  })
})

describe('engines', () => {
  const everyday = project.engines?.node ?? ''
  const electronRange = declaredRange('electron') ?? ''

  it('package.json admits only Node versions that every everyday dependency supports', () => {
    expect(everyday).not.toBe('')
    expect(refused((v) => satisfies(v, everyday), EVERYDAY)).toEqual([])
  })

  it('with Electron’s own range on top, the desktop commands’ tools are all supported too', () => {
    expect(electronRange).not.toBe('')
    expect(refused((v) => satisfies(v, everyday) && satisfies(v, electronRange), [...EVERYDAY, ...DESKTOP_ONLY])).toEqual([])
  })

  it('is no stricter than needed: Node 20.19, 22.13 and 24 run the tests, 20.18 does not', () => {
    expect(['20.19.0', '22.13.0', '24.0.0'].every((v) => satisfies(v, everyday))).toBe(true)
    expect(satisfies('20.18.0', everyday)).toBe(false)
    // And the desktop commands start at Electron's minimum within that (22.13 on the 22 line).
    expect(satisfies('22.13.0', electronRange) && !satisfies('20.19.0', electronRange)).toBe(true)
  })
})
