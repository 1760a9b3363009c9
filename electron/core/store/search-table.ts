/**
 * The full-text index's writes. An article stored joins the backlog (as did every article stored
 * before search existed, migration 12), which is indexed a batch at a time in the background by
 * a long-running Marsad, and caught up before any search (timeline-table.ts): indexing in the
 * ingest transaction took half of ingest's time. Searching is a timeline view, read through there.
 *
 * An article's rowid in the index is its search key: its published time in milliseconds × 1024
 * plus the low ten bits of its id, so the index's own order is the timeline's (to the
 * millisecond) and a search's newest matches come first from the index, with no sort of all of
 * them. The key stays below 2^53 (exact in JavaScript) until the year 2248. Two articles of the
 * same millisecond whose ids share their low bits (over a thousand stored for one instant) take the
 * next free key below.
 */
import { searchDocument } from '../search/forms'
import { prepared, type Db } from './database'

const KEY_SLOTS = 1024

/** Forms whose presence is remembered at most: a session's searches, not the vocabulary. */
const REMEMBERED_FORMS = 50_000

export class SearchTable {
  /** Whether the index holds each form looked up, as of `formsAsOf` (the index's structure then). */
  private readonly formsHeld = new Map<string, boolean>()
  private formsAsOf: Buffer | undefined
  private vocabularyOpen = false

  constructor(private readonly db: Db) {}

  /**
   * Which of these words the index holds, in their order (see PresentForms in search/query.ts).
   * Each is looked up once (a tenth of a millisecond in a large index) and remembered until the
   * index changes: its structure record is rewritten whenever an article is indexed or segments
   * merge, and a form an article just brought must be searched for.
   */
  presentForms(forms: readonly string[]): string[] {
    const structure = (prepared(this.db, 'SELECT block FROM article_search_data WHERE id = 10').get() as { block: Buffer } | undefined)?.block
    if (structure === undefined || this.formsAsOf === undefined || !structure.equals(this.formsAsOf) || this.formsHeld.size > REMEMBERED_FORMS) {
      this.formsHeld.clear()
      this.formsAsOf = structure
    }
    // The index's vocabulary, one row per occurrence: the first row of a term says it is there.
    // A temporary table, made once for this connection.
    if (!this.vocabularyOpen) {
      this.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_terms USING fts5vocab(main, article_search, instance)')
      this.vocabularyOpen = true
    }
    const held = prepared(this.db, 'SELECT 1 FROM temp.article_search_terms WHERE term = ? LIMIT 1')
    return forms.filter((form) => {
      let known = this.formsHeld.get(form)
      if (known === undefined) {
        known = held.get(form) !== undefined
        this.formsHeld.set(form, known)
      }
      return known
    })
  }

  /** Indexes one article's title and body (normalized here; the text stays in articles). */
  index(articleId: number, publishedAt: number, title: string, body: string): void {
    const doc = searchDocument(title, body)
    const old = prepared(this.db, 'SELECT search_key FROM article_state WHERE article_id = ?').get(articleId) as { search_key: number | null } | undefined
    if (old?.search_key != null) prepared(this.db, 'DELETE FROM article_search WHERE rowid = ?').run(old.search_key)
    let key = publishedAt * KEY_SLOTS + (articleId % KEY_SLOTS)
    while (prepared(this.db, 'SELECT 1 FROM article_search WHERE rowid = ?').get(key) !== undefined) key--
    prepared(this.db, 'INSERT INTO article_search (rowid, title, body, forms, article_id) VALUES (?, ?, ?, ?, ?)').run(key, doc.title, doc.body, doc.forms, articleId)
    prepared(this.db, 'UPDATE article_state SET search_key = ? WHERE article_id = ?').run(key, articleId)
  }

  /** Puts a newly stored article in the backlog. */
  enqueue(articleId: number): void {
    prepared(this.db, 'INSERT OR IGNORE INTO search_backlog (article_id) VALUES (?)').run(articleId)
  }

  /** Articles not yet in the index, counted only up to `limit` (a search asks on every page: never a count of a million). */
  backlogUpTo(limit: number): number {
    return (prepared(this.db, 'SELECT COUNT(*) AS n FROM (SELECT 1 FROM search_backlog LIMIT ?)').get(limit) as { n: number }).n
  }

  /** Articles not yet in the index. */
  backlog(): number {
    return (prepared(this.db, 'SELECT COUNT(*) AS n FROM search_backlog').get() as { n: number }).n
  }

  /** Indexes up to `limit` articles of the backlog, newest first (the ones searched most); returns how many. Run it in a transaction. */
  indexBacklog(limit: number): number {
    const rows = prepared(
      this.db,
      `SELECT a.id, a.published_at, a.title, a.body FROM search_backlog b JOIN articles a ON a.id = b.article_id ORDER BY b.article_id DESC LIMIT ?`,
    ).all(limit) as { id: number; published_at: number; title: string; body: string }[]
    for (const r of rows) {
      this.index(r.id, r.published_at, r.title, r.body)
      prepared(this.db, 'DELETE FROM search_backlog WHERE article_id = ?').run(r.id)
    }
    return rows.length
  }
}
