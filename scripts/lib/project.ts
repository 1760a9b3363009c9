/** The checkout the scripts work in, and the installed packages they read. */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

/**
 * The folder of a package as Node would find it from the project (node_modules, then upwards).
 * By path, not require.resolve('x/package.json'), which a package's `exports` may forbid.
 */
export function installedPackageDir(name: string, projectRoot: string = PROJECT_ROOT): string {
  for (let dir = resolve(projectRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(dir) === dir) throw new Error(`${name} is not installed (from ${projectRoot}); run npm ci`)
  }
}
