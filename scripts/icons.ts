/**
 * npm run icons: renders resources/icons/*.svg to the PNGs the app and its installers use, in
 * headless Chromium (the one the tests use; no image tool needed). The PNGs are committed: a
 * build never needs a browser. Run it after changing an SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../test/support/browser'
import { PROJECT_ROOT } from './lib/project'

const ICONS = join(PROJECT_ROOT, 'resources', 'icons')
/** Each PNG: its SVG and its size in pixels (square). */
export const RENDERED: readonly { readonly png: string; readonly svg: string; readonly size: number }[] = [
  { png: 'icon.png', svg: 'marsad.svg', size: 512 },
  { png: 'tray.png', svg: 'tray.svg', size: 32 },
  { png: 'tray-alert.png', svg: 'tray-alert.svg', size: 32 },
]

const browser = await launchChromium()
try {
  for (const { png, svg, size } of RENDERED) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const markup = readFileSync(join(ICONS, svg), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `)
    await page.setContent(`<html><body style="margin:0;background:transparent">${markup}</body></html>`)
    writeFileSync(join(ICONS, png), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }))
    await page.close()
    console.log(`resources/icons/${png} (${size}×${size})`)
  }
} finally {
  await browser.close()
}
