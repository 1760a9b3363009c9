/** Contract handlers for subscriptions: preview, add, edit, remove, refresh, OPML, suggestions. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Handlers } from '../contract/dispatch'
import { MarsadError } from '../errors/marsad-error'
import { parseOpml, parseOpmlYielding, toOpml } from '../feeds/opml'
import type { FeedView } from '../contract/types'
import type { FeedRecord } from '../store/feeds-table'
import type { CoreContext } from './context'
import { previewFeed } from './feed-preview'
import type { Poller } from './poller'
import { hostOf } from '../feeds/url'
import { yieldToEventLoop } from '../work/steps'

type FeedHandlers = Pick<
  Handlers,
  'listFeeds' | 'previewFeed' | 'addFeed' | 'updateFeed' | 'removeFeed' | 'refreshNow' | 'importOpml' | 'exportOpml' | 'suggestedFeeds'
>

export const DEFAULT_FEEDS_FILE = 'default-feeds.opml'

export function feedHandlers(ctx: CoreContext, poller: Poller): FeedHandlers {
  const { store } = ctx
  const viewOf = (id: number) => {
    const feed = store.feeds.get(id)
    if (!feed) throw new MarsadError({ code: 'feed.not_found', id })
    return toView(feed)
  }
  return {
    listFeeds: () => store.feeds.list().map(toView),
    previewFeed: async ({ url }) => {
      const { parsed: _parsed, ...preview } = await previewFeed(url, ctx.limits, store.settings.userAgent())
      return preview
    },
    addFeed: async ({ url, name, check }) => {
      const checked = check ? await previewFeed(url, ctx.limits, store.settings.userAgent()) : undefined
      return toView(store.feeds.add(checked?.url ?? url, name, ctx.now(), checked?.title ?? null, store.settings.defaultIntervalMinutes()))
    },
    updateFeed: ({ id, ...settings }) => {
      viewOf(id)
      if (settings.encoding) settings.encoding = checkedEncoding(settings.encoding)
      store.feeds.update(id, settings)
      return viewOf(id)
    },
    removeFeed: ({ id }) => ({ removed: store.feeds.remove(id) }),
    refreshNow: ({ feedId }) => poller.refresh(feedId),
    importOpml: ({ text }) => importOpml(ctx, text),
    exportOpml: () => ({ opml: toOpml(store.feeds.list().map((f) => ({ url: f.url, name: f.name }))) }),
    suggestedFeeds: () => {
      const { feeds } = parseOpml(readFileSync(join(ctx.resourcesDir, DEFAULT_FEEDS_FILE), 'utf8'))
      return { feeds: feeds.map((f) => ({ url: f.url, name: f.name ?? hostOf(f.url), category: f.category ?? null })) }
    },
  }
}

/** The contract's view: the record without the HTTP validators. */
export function toView({ etag: _etag, lastModified: _lastModified, ...view }: FeedRecord): FeedView {
  return view
}

/** A charset label TextDecoder knows, in its canonical name. */
function checkedEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding
  } catch {
    throw new MarsadError({ code: 'feed.unknown_encoding', label: label.slice(0, 40) })
  }
}

/** Feeds added per write transaction in importOpml; the event loop gets a turn between two. */
export const IMPORT_BATCH = 250

/**
 * Subscribes to every feed of an OPML file not already subscribed; nothing is fetched yet. A big
 * file takes long enough to read and store that the rest of the app (the server's other calls)
 * must not wait deaf: reading yields between steps, and the feeds are stored in batches, one
 * transaction each, with a turn of the event loop between batches. A failure mid-way leaves the
 * batches before it stored; importing the file again adds only the rest.
 */
async function importOpml(ctx: CoreContext, text: string) {
  const parsed = await parseOpmlYielding(text)
  let added = 0
  let existing = 0
  for (let start = 0; start < parsed.feeds.length; start += IMPORT_BATCH) {
    if (start > 0) await yieldToEventLoop()
    ctx.store.transaction(() => {
      for (const feed of parsed.feeds.slice(start, start + IMPORT_BATCH)) {
        if (ctx.store.feeds.findByUrl(feed.url)) existing++
        else {
          ctx.store.feeds.add(feed.url, feed.name, ctx.now(), null, ctx.store.settings.defaultIntervalMinutes())
          added++
        }
      }
    })
  }
  return { added, existing, skipped: parsed.skipped }
}
