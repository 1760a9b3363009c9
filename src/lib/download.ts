/** Saves a string as a file through the browser's download mechanism (a Blob and an <a download>). */
import { isoDate } from './dates'

export function csvFileName(now: number = Date.now()): string {
  return `marsad-${isoDate(now)}.csv`
}

export function downloadText(content: string | Blob, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
