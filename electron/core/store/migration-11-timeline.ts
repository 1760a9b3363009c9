/**
 * Migration 11: the analyst's triage state, and a timeline that answers every view from an index.
 *
 * article_state has one row per article: the analyst's own state (read, starred, note) and copies
 * of what the timeline orders and filters by (published time, best live score, flagged, dismissed),
 * kept true by triggers, so every view walks an index in timeline order instead of checking rows one
 * by one down the time order. hits and article_sources carry the published time and the read state
 * for the same reason (a watchlist's or a feed's view walks its own index). timeline_counts holds
 * the sidebar's counts, moved by triggers as rows change: no count is ever a scan.
 *
 * "Dismissed" is the watchlists' "not relevant" mark: a hit whose watchlist the analyst marked not
 * relevant on that article is dismissed; an article is flagged while it has a live (undismissed) hit.
 *
 * Shipped: never edit; append a new migration instead.
 */

/** The conditions each global count counts, over a row of article_state (`R.` is NEW or OLD). */
const STATE_COUNTS: readonly (readonly [string, string])[] = [
  ['all', '1'],
  ['unread', 'R.read_at IS NULL'],
  ['flagged', 'R.flagged = 1'],
  ['flagged_unread', 'R.flagged = 1 AND R.read_at IS NULL'],
  ['starred', 'R.starred_at IS NOT NULL'],
  ['dismissed', 'R.dismissed = 1'],
  ['noted', 'R.note IS NOT NULL'],
]

/** Adds `sign` × each condition on `row` to its count (an UPSERT: a count's row appears when first needed; one that would not move is not written). */
function bumpStateCounts(row: 'NEW' | 'OLD', sign: '+' | '-'): string {
  const values = STATE_COUNTS.map(([name, when]) => `SELECT '${name}' AS name, ${sign}(${when.replaceAll('R.', `${row}.`)}) AS d`).join(' UNION ALL ')
  return `INSERT INTO timeline_counts (name, n) SELECT name, d FROM (${values}) WHERE d <> 0 ON CONFLICT (name) DO UPDATE SET n = n + excluded.n;`
}

/** Adds the difference NEW − OLD of each condition to its count. */
function moveStateCounts(): string {
  const values = STATE_COUNTS.map(([name, when]) => `SELECT '${name}' AS name, (${when.replaceAll('R.', 'NEW.')}) - (${when.replaceAll('R.', 'OLD.')}) AS d`).join(' UNION ALL ')
  return `INSERT INTO timeline_counts (name, n) SELECT name, d FROM (${values}) WHERE d <> 0 ON CONFLICT (name) DO UPDATE SET n = n + excluded.n;`
}

/** A per-watchlist or per-feed pair of counts (all, unread) moved by `sign` for one row of hits or article_sources. */
function bumpKeyed(prefix: 'w' | 'f', key: string, live: string, unread: string, sign: '+' | '-'): string {
  return `INSERT INTO timeline_counts (name, n) SELECT * FROM (
      SELECT '${prefix}:' || ${key}, ${sign}(${live}) UNION ALL SELECT '${prefix}u:' || ${key}, ${sign}(${live} AND ${unread})
    ) WHERE true ON CONFLICT (name) DO UPDATE SET n = n + excluded.n;`
}

/** Sets an article's flag and best score from its live hits (writing the row only when they change). */
const RESTATE_FLAG = (article: string) => `
    UPDATE article_state SET flagged = live.flagged, score = live.score
    FROM (SELECT EXISTS (SELECT 1 FROM hits WHERE article_id = ${article} AND dismissed = 0) AS flagged,
                 COALESCE((SELECT max(score) FROM hits WHERE article_id = ${article} AND dismissed = 0), 0) AS score) AS live
    WHERE article_id = ${article} AND (article_state.flagged IS NOT live.flagged OR article_state.score IS NOT live.score);`

/** Sets a hit's dismissed flag, and its article's, from the article's marks. */
const RESTATE_DISMISSED = (row: 'NEW' | 'OLD') => `
    UPDATE hits SET dismissed = EXISTS (
      SELECT 1 FROM article_marks m WHERE m.article_id = ${row}.article_id AND m.watchlist_id = ${row}.watchlist_id AND m.verdict = 'not_relevant')
    WHERE article_id = ${row}.article_id AND watchlist_id = ${row}.watchlist_id;
    UPDATE article_state SET dismissed = EXISTS (SELECT 1 FROM article_marks m WHERE m.article_id = ${row}.article_id AND m.verdict = 'not_relevant')
    WHERE article_id = ${row}.article_id;`

export const MIGRATION_11 = `
  CREATE TABLE article_state (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    published_at INTEGER NOT NULL,
    flagged      INTEGER NOT NULL DEFAULT 0,
    score        REAL NOT NULL DEFAULT 0,
    dismissed    INTEGER NOT NULL DEFAULT 0,
    read_at      INTEGER,
    starred_at   INTEGER,
    note         TEXT,
    noted_at     INTEGER
  );
  INSERT INTO article_state (article_id, published_at) SELECT id, published_at FROM articles;

  ALTER TABLE hits ADD COLUMN published_at INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE hits ADD COLUMN unread INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE hits ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0;
  UPDATE hits SET
    published_at = (SELECT published_at FROM articles a WHERE a.id = hits.article_id),
    dismissed = EXISTS (SELECT 1 FROM article_marks m WHERE m.article_id = hits.article_id AND m.watchlist_id = hits.watchlist_id AND m.verdict = 'not_relevant');

  ALTER TABLE article_sources ADD COLUMN published_at INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE article_sources ADD COLUMN unread INTEGER NOT NULL DEFAULT 1;
  UPDATE article_sources SET published_at = (SELECT published_at FROM articles a WHERE a.id = article_sources.article_id);

  UPDATE article_state SET
    flagged = EXISTS (SELECT 1 FROM hits h WHERE h.article_id = article_state.article_id AND h.dismissed = 0),
    score = COALESCE((SELECT max(score) FROM hits h WHERE h.article_id = article_state.article_id AND h.dismissed = 0), 0),
    dismissed = EXISTS (SELECT 1 FROM article_marks m WHERE m.article_id = article_state.article_id AND m.verdict = 'not_relevant');

  -- Every view in timeline order (published time, then id, newest first), and by score.
  CREATE INDEX state_by_time ON article_state (published_at DESC, article_id DESC);
  CREATE INDEX state_flagged_by_time ON article_state (published_at DESC, article_id DESC) WHERE flagged = 1;
  CREATE INDEX state_unread_by_time ON article_state (published_at DESC, article_id DESC) WHERE read_at IS NULL;
  CREATE INDEX state_starred_by_time ON article_state (published_at DESC, article_id DESC) WHERE starred_at IS NOT NULL;
  CREATE INDEX state_dismissed_by_time ON article_state (published_at DESC, article_id DESC) WHERE dismissed = 1;
  CREATE INDEX state_noted_by_time ON article_state (published_at DESC, article_id DESC) WHERE note IS NOT NULL;
  CREATE INDEX state_by_score ON article_state (score DESC, article_id DESC) WHERE flagged = 1;
  CREATE INDEX hits_live_by_time ON hits (watchlist_id, published_at DESC, article_id DESC) WHERE dismissed = 0;
  CREATE INDEX hits_live_by_score ON hits (watchlist_id, score DESC, article_id DESC) WHERE dismissed = 0;
  CREATE INDEX article_sources_by_feed_time ON article_sources (feed_id, published_at DESC, article_id DESC);

  CREATE TABLE timeline_counts (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO timeline_counts (name, n)
    SELECT 'all', COUNT(*) FROM article_state UNION ALL
    SELECT 'unread', COUNT(*) FROM article_state WHERE read_at IS NULL UNION ALL
    SELECT 'flagged', COUNT(*) FROM article_state WHERE flagged = 1 UNION ALL
    SELECT 'flagged_unread', COUNT(*) FROM article_state WHERE flagged = 1 AND read_at IS NULL UNION ALL
    SELECT 'starred', 0 UNION ALL SELECT 'dismissed', COUNT(*) FROM article_state WHERE dismissed = 1 UNION ALL SELECT 'noted', 0;
  INSERT INTO timeline_counts (name, n) SELECT 'w:' || watchlist_id, COUNT(*) FROM hits WHERE dismissed = 0 GROUP BY watchlist_id;
  INSERT INTO timeline_counts (name, n) SELECT 'wu:' || watchlist_id, COUNT(*) FROM hits WHERE dismissed = 0 AND unread = 1 GROUP BY watchlist_id;
  INSERT INTO timeline_counts (name, n) SELECT 'f:' || feed_id, COUNT(*) FROM article_sources GROUP BY feed_id;
  INSERT INTO timeline_counts (name, n) SELECT 'fu:' || feed_id, COUNT(*) FROM article_sources WHERE unread = 1 GROUP BY feed_id;

  CREATE TRIGGER article_state_on_insert_article AFTER INSERT ON articles BEGIN
    INSERT INTO article_state (article_id, published_at) VALUES (NEW.id, NEW.published_at);
  END;
  CREATE TRIGGER timeline_counts_on_insert_state AFTER INSERT ON article_state BEGIN ${bumpStateCounts('NEW', '+')} END;
  CREATE TRIGGER timeline_counts_on_delete_state AFTER DELETE ON article_state BEGIN ${bumpStateCounts('OLD', '-')} END;
  -- Only a change of what is counted moves the counts (a new best score does not).
  CREATE TRIGGER timeline_counts_on_update_state AFTER UPDATE ON article_state
  WHEN NEW.flagged IS NOT OLD.flagged OR NEW.dismissed IS NOT OLD.dismissed OR (NEW.read_at IS NULL) <> (OLD.read_at IS NULL)
    OR (NEW.starred_at IS NULL) <> (OLD.starred_at IS NULL) OR (NEW.note IS NULL) <> (OLD.note IS NULL)
  BEGIN ${moveStateCounts()} END;
  -- Reading an article reads it in every watchlist and feed view.
  CREATE TRIGGER unread_copies_on_read AFTER UPDATE OF read_at ON article_state WHEN (NEW.read_at IS NULL) <> (OLD.read_at IS NULL) BEGIN
    UPDATE hits SET unread = (NEW.read_at IS NULL) WHERE article_id = NEW.article_id;
    UPDATE article_sources SET unread = (NEW.read_at IS NULL) WHERE article_id = NEW.article_id;
  END;

  CREATE TRIGGER article_state_on_insert_hit AFTER INSERT ON hits BEGIN
    ${bumpKeyed('w', 'NEW.watchlist_id', 'NEW.dismissed = 0', 'NEW.unread = 1', '+')}
    ${RESTATE_FLAG('NEW.article_id')}
  END;
  CREATE TRIGGER article_state_on_delete_hit AFTER DELETE ON hits BEGIN
    ${bumpKeyed('w', 'OLD.watchlist_id', 'OLD.dismissed = 0', 'OLD.unread = 1', '-')}
    ${RESTATE_FLAG('OLD.article_id')}
  END;
  CREATE TRIGGER article_state_on_update_hit AFTER UPDATE OF dismissed, unread ON hits BEGIN
    ${bumpKeyed('w', 'OLD.watchlist_id', 'OLD.dismissed = 0', 'OLD.unread = 1', '-')}
    ${bumpKeyed('w', 'NEW.watchlist_id', 'NEW.dismissed = 0', 'NEW.unread = 1', '+')}
  END;
  CREATE TRIGGER article_state_on_dismiss_hit AFTER UPDATE OF dismissed ON hits WHEN NEW.dismissed <> OLD.dismissed BEGIN
    ${RESTATE_FLAG('NEW.article_id')}
  END;

  CREATE TRIGGER dismissed_on_insert_mark AFTER INSERT ON article_marks BEGIN ${RESTATE_DISMISSED('NEW')} END;
  CREATE TRIGGER dismissed_on_update_mark AFTER UPDATE ON article_marks BEGIN ${RESTATE_DISMISSED('NEW')} END;
  CREATE TRIGGER dismissed_on_delete_mark AFTER DELETE ON article_marks BEGIN ${RESTATE_DISMISSED('OLD')} END;

  CREATE TRIGGER timeline_counts_on_insert_source AFTER INSERT ON article_sources BEGIN
    ${bumpKeyed('f', 'NEW.feed_id', '1', 'NEW.unread = 1', '+')}
  END;
  CREATE TRIGGER timeline_counts_on_delete_source AFTER DELETE ON article_sources BEGIN
    ${bumpKeyed('f', 'OLD.feed_id', '1', 'OLD.unread = 1', '-')}
  END;
  CREATE TRIGGER timeline_counts_on_update_source AFTER UPDATE OF unread ON article_sources BEGIN
    ${bumpKeyed('f', 'OLD.feed_id', '1', 'OLD.unread = 1', '-')}
    ${bumpKeyed('f', 'NEW.feed_id', '1', 'NEW.unread = 1', '+')}
  END;
`
