/** The checkout the scripts work in, and the installed packages they read and run. */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
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

/**
 * Runs an installed package's command (its package.json `bin`) with this Node, in the project,
 * output inherited; resolves with its exit code. A SIGTERM sent to us alone is passed on, and
 * Ctrl-C reaches the child from the terminal, so we wait for it rather than die first.
 */
export function runPackageBin(name: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const dir = installedPackageDir(name)
  const bins = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin
  const child = spawn(process.execPath, [join(dir, bins[name]), ...args], { cwd: PROJECT_ROOT, stdio: 'inherit', env })
  process.on('SIGINT', () => {})
  process.on('SIGTERM', () => child.kill('SIGTERM'))
  return new Promise((resolve) => {
    child.on('error', () => resolve(1))
    child.on('close', (code) => resolve(code ?? 1))
  })
}
