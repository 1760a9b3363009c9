/**
 * Serves the built renderer from one folder, refusing anything that resolves outside it. Symbolic
 * links under the folder are never followed (a link to ~/.ssh would otherwise be served): every
 * path component is checked with lstat, and the file is opened with O_NOFOLLOW where the system
 * has it.
 */
import { constants } from 'node:fs'
import { lstat, readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, relative as relativePath, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** The same policy as the meta tag in src/index.html, sent as a header too. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const base = resolve(root)
  let relative: string
  try {
    relative = decodeURIComponent(pathname)
  } catch {
    return void res.writeHead(400).end('bad path')
  }
  const target = resolve(join(base, relative === '/' ? 'index.html' : relative))
  if (target !== base && !target.startsWith(base + sep)) return void res.writeHead(403).end('forbidden')
  const kind = await pathKind(base, target)
  if (kind === 'link') return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found')
  const file = kind === 'file' ? target : join(base, 'index.html')
  try {
    const body = await readFile(file, { flag: constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) })
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    })
    res.end(body)
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('renderer not built: run npm run build')
  }
}

/** What `target` (under `base`) is, without following links: a link anywhere on the way is 'link'. */
async function pathKind(base: string, target: string): Promise<'file' | 'other' | 'link'> {
  let path = base
  let last: Awaited<ReturnType<typeof lstat>> | undefined
  for (const part of relativePath(base, target).split(sep).filter(Boolean)) {
    path = join(path, part)
    try {
      last = await lstat(path)
    } catch {
      return 'other' // missing: the app's own routes fall back to index.html
    }
    if (last.isSymbolicLink()) return 'link'
  }
  return last?.isFile() ? 'file' : 'other'
}
