/**
 * The hand-labeled sets (test/fixtures/labeled/, see GUIDE.md there): the first 282 sentences, the
 * paragraphs and the full articles, with the frozen splits: development / held-out (by a hash of
 * the id, electron/core/rules/evaluation.ts) and the regions tuning may look at.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { isHeldOut, parseLabeledJsonl, type LabeledText } from '../../electron/core/rules/evaluation'

export { scoreWatchlists, type Score, type Scores } from '../../electron/core/rules/evaluation'
export type { LabeledText }

export const LABELS = ['counter-terrorism', 'security-workshops', 'intelligence-cooperation', 'arrests-raids', 'named-groups'] as const

/** Regions the watchlists may be tuned on; the others only ever measure how the watchlists carry. */
export const TUNING_REGIONS: ReadonlySet<string> = new Set(['levant', 'gulf', 'egypt', 'international'])

const DIR = new URL('../fixtures/labeled/', import.meta.url)

/** The first set: sentences and headlines, ids s001…; its held-out half is the even ids. */
export function loadSentences(): (LabeledText & { id: string })[] {
  return JSON.parse(readFileSync(new URL('sentences.json', DIR), 'utf8')) as (LabeledText & { id: string })[]
}

function loadJsonlDir(name: 'paragraphs' | 'articles' | 'fresh' | 'variants'): LabeledText[] {
  const dir = new URL(`${name}/`, DIR)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => parseLabeledJsonl(readFileSync(new URL(f, dir), 'utf8')))
}

export const loadParagraphs = (): LabeledText[] => loadJsonlDir('paragraphs')
export const loadArticles = (): LabeledText[] => loadJsonlDir('articles')

/**
 * The fresh set (fresh/): paragraphs (ids f-p-…) and articles (f-a-…) written after the watchlists
 * were tuned, by a writer who saw neither the watchlists nor the other sets. Never tuned on.
 */
export const loadFresh = (): { paragraphs: LabeledText[]; articles: LabeledText[] } => {
  const items = loadJsonlDir('fresh')
  return { paragraphs: items.filter((i) => i.id?.startsWith('f-p-')), articles: items.filter((i) => i.id?.startsWith('f-a-')) }
}

/**
 * Variants (variants/): development articles rewritten by writers who saw neither the watchlists
 * nor the matcher — the same situation and labels in other words, another region's idiom, the
 * decisive fact moved. Ids are \`v-\` + the original's; they measure whether tuning learned a
 * situation or a wording. Derived from development items, they are development items whatever
 * their id's hash: never held-out.
 */
export const loadVariants = (): LabeledText[] => loadJsonlDir('variants')

/** The sentences' own split (odd ids for development), kept as it was frozen. */
export function isSentenceHeldOut(item: { id: string }): boolean {
  return Number(item.id.replace(/\D/g, '')) % 2 === 0
}

export const heldOut = (item: LabeledText): boolean => isHeldOut(item.id ?? '')

/** What tuning may look at: development items from the tuning regions. */
export const tunable = (item: LabeledText): boolean => !heldOut(item) && TUNING_REGIONS.has(item.region ?? '')

/** Items from regions nobody tuned on (both parts): how the watchlists carry to unseen regions. */
export const unseenRegion = (item: LabeledText): boolean => !TUNING_REGIONS.has(item.region ?? '')

/**
 * Validation: unseen-region items outside the held-out split. Never tuned on and never the
 * held-out, they are where a tuning change is checked (in aggregate) before it is kept, so the
 * held-out split is not what picks between changes.
 */
export const validation = (item: LabeledText): boolean => unseenRegion(item) && !heldOut(item)
