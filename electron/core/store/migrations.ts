import { MIGRATION_11 } from './migration-11-timeline'
import { MIGRATION_12 } from './migration-12-search'

/**
 * Numbered schema migrations. PRAGMA user_version records how many have run; each runs once, in
 * its own transaction. Append new migrations; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: feeds, articles, watchlists, hits */ `
  CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    name            TEXT,
    title           TEXT,
    added_at        INTEGER NOT NULL,
    last_checked_at INTEGER,
    last_ok_at      INTEGER,
    last_error      TEXT
  );

  CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    feed_id           INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    source            TEXT NOT NULL,
    guid              TEXT NOT NULL,
    url               TEXT,
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    published_at      INTEGER NOT NULL,
    published_guessed INTEGER NOT NULL DEFAULT 0,
    fetched_at        INTEGER NOT NULL,
    UNIQUE (feed_id, guid)
  );
  CREATE INDEX articles_by_time ON articles (published_at DESC, id DESC);

  CREATE TABLE watchlists (
    id         TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    definition TEXT NOT NULL
  );

  CREATE TABLE hits (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    watchlist_id TEXT NOT NULL,
    score        REAL NOT NULL,
    matched_at   INTEGER NOT NULL,
    PRIMARY KEY (article_id, watchlist_id)
  );
  CREATE INDEX hits_by_watchlist ON hits (watchlist_id, article_id);

  CREATE TABLE hit_spans (
    article_id   INTEGER NOT NULL,
    watchlist_id TEXT NOT NULL,
    field        TEXT NOT NULL CHECK (field IN ('title', 'body')),
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    query        TEXT NOT NULL,
    FOREIGN KEY (article_id, watchlist_id) REFERENCES hits (article_id, watchlist_id) ON DELETE CASCADE
  );
  CREATE INDEX hit_spans_by_article ON hit_spans (article_id);

  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  /* 2: fetch state and settings per feed; article metadata; one article seen in several feeds */ `
  ALTER TABLE feeds ADD COLUMN etag TEXT;
  ALTER TABLE feeds ADD COLUMN last_modified TEXT;
  ALTER TABLE feeds ADD COLUMN interval_minutes INTEGER NOT NULL DEFAULT 15;
  ALTER TABLE feeds ADD COLUMN encoding TEXT;
  ALTER TABLE feeds ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE feeds ADD COLUMN next_check_at INTEGER;
  ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE feeds ADD COLUMN disabled_reason TEXT;

  ALTER TABLE articles ADD COLUMN content_hash TEXT;
  ALTER TABLE articles ADD COLUMN author TEXT;
  ALTER TABLE articles ADD COLUMN categories TEXT;
  ALTER TABLE articles ADD COLUMN image_url TEXT;
  ALTER TABLE articles ADD COLUMN content_html TEXT;
  CREATE INDEX articles_by_url ON articles (url) WHERE url IS NOT NULL;
  CREATE INDEX articles_by_hash ON articles (content_hash) WHERE content_hash IS NOT NULL;

  CREATE TABLE article_sources (
    feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid          TEXT NOT NULL,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    first_seen_at INTEGER NOT NULL,
    PRIMARY KEY (feed_id, guid)
  );
  CREATE INDEX article_sources_by_article ON article_sources (article_id);
  INSERT INTO article_sources (feed_id, guid, article_id, first_seen_at)
    SELECT feed_id, guid, id, fetched_at FROM articles WHERE feed_id IS NOT NULL;
  `,
  /* 3: a matched span names its query by id: the query text repeated on every span made the file ~6x the articles' size */ `
  CREATE TABLE span_queries (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
  );
  INSERT INTO span_queries (text) SELECT DISTINCT query FROM hit_spans;
  ALTER TABLE hit_spans ADD COLUMN query_id INTEGER REFERENCES span_queries(id);
  UPDATE hit_spans SET query_id = (SELECT id FROM span_queries WHERE text = hit_spans.query);
  ALTER TABLE hit_spans DROP COLUMN query;
  `,
  /* 4: a feed's last error and disabled reason are error details (JSON: a code and its parameters), not English text */ `
  UPDATE feeds SET last_error = CASE
      WHEN last_error LIKE 'the site says this feed is gone for good%' THEN json_object('code', 'feed.gone')
      WHEN last_error GLOB 'HTTP [1-5][0-9][0-9]*' THEN json_object('code', 'feed.http_status', 'status', CAST(substr(last_error, 6, 3) AS INTEGER))
      WHEN last_error = 'connection refused' THEN json_object('code', 'feed.connection_refused')
      WHEN last_error = 'connection reset' THEN json_object('code', 'feed.connection_reset')
      WHEN last_error = 'host not found' THEN json_object('code', 'feed.host_not_found')
      WHEN last_error GLOB 'timed out after * s' THEN json_object('code', 'feed.timeout', 'seconds', CAST(substr(last_error, 17, length(last_error) - 18) AS REAL))
      WHEN last_error LIKE 'not a feed%' THEN json_object('code', 'feed.not_a_feed')
      WHEN last_error LIKE 'feed declares DTD entities%' THEN json_object('code', 'feed.dtd_entities')
      WHEN last_error LIKE 'malformed feed: %' THEN json_object('code', 'feed.malformed', 'detail', substr(last_error, 17))
      ELSE json_object('code', 'legacy', 'text', last_error)
    END
  WHERE last_error IS NOT NULL;
  UPDATE feeds SET disabled_reason = CASE
      WHEN disabled_reason LIKE '%HTTP 410%' THEN json_object('code', 'feed.gone')
      ELSE json_object('code', 'legacy', 'text', disabled_reason)
    END
  WHERE disabled_reason IS NOT NULL;
  `,
  /* 5: raw feed HTML apart from sanitized full-text HTML, and which sanitizer made the latter */ `
  -- Until now a full-text fetch overwrote content_html with the page's sanitized HTML and marked
  -- nothing (a full-text feed keeps the feed's HTML whenever its page fails), so existing rows
  -- cannot be told apart: every value stays as raw feed HTML, never shown unsanitized, safe for both.
  ALTER TABLE articles RENAME COLUMN content_html TO feed_html;
  ALTER TABLE articles ADD COLUMN fulltext_html TEXT;
  ALTER TABLE articles ADD COLUMN fulltext_sanitizer TEXT;
  `,
  /* 6: hit spans capped per term: a count of the spans not kept, and whether matching stopped at its work budget */ `
  ALTER TABLE hits ADD COLUMN omitted_spans INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE hits ADD COLUMN truncated INTEGER NOT NULL DEFAULT 0;
  `,
  /* 7: one poller per database: the lease a poller holds while it polls (at most one row) */ `
  CREATE TABLE poll_lease (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    token        TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    host         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('app', 'cli', 'serve')),
    since        INTEGER NOT NULL,
    heartbeat_at INTEGER NOT NULL
  );
  `,
  /* 8: feed notices from the last good read: a repaired parse, the charset chosen when the declared one lied (a JSON array of error details) */ `
  ALTER TABLE feeds ADD COLUMN notices TEXT;
  `,
  /* 9: term sets (@name) the watchlists' queries share, stored beside them and replaced with them */ `
  CREATE TABLE term_sets (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    terms    TEXT NOT NULL
  );
  `,
  /* 10: the analyst's feedback marks: an article belongs (or does not) to a watchlist; one per article and watchlist, gone with the article */ `
  CREATE TABLE article_marks (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    watchlist_id TEXT NOT NULL,
    verdict      TEXT NOT NULL CHECK (verdict IN ('relevant', 'not_relevant')),
    marked_at    INTEGER NOT NULL,
    PRIMARY KEY (article_id, watchlist_id)
  );
  CREATE INDEX article_marks_by_watchlist ON article_marks (watchlist_id, article_id);
  `,
  /* 11: triage state (read, star, note), dismissed hits, indexes for every timeline view, the sidebar's counts */
  MIGRATION_11,
  /* 12: full-text search over the normalized text, and the articles still to index */
  MIGRATION_12,
  /* 13: the triage inbox (flagged and unread) walks an index of its own: at a million articles, checking one of the two down the other's index took 40-80 ms a page */ `
  CREATE INDEX state_flagged_unread_by_time ON article_state (published_at DESC, article_id DESC) WHERE flagged = 1 AND read_at IS NULL;
  `,
  /* 14: a feed's flagged articles (read or not) walk an index of their own: at a million articles, checking the flag down a feed's index took 10-35 ms a page */ `
  ALTER TABLE article_sources ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;
  UPDATE article_sources SET flagged = 1 WHERE article_id IN (SELECT article_id FROM article_state WHERE flagged = 1);
  CREATE INDEX article_sources_flagged_by_feed_time ON article_sources (feed_id, published_at DESC, article_id DESC, unread) WHERE flagged = 1;
  CREATE TRIGGER flagged_copies_on_flag AFTER UPDATE OF flagged ON article_state WHEN NEW.flagged IS NOT OLD.flagged BEGIN
    UPDATE article_sources SET flagged = NEW.flagged WHERE article_id = NEW.article_id;
  END;
  `,
  /* 15: a feed's unread articles, and its flagged ones by score, walk indexes of their own: at a million articles, checking the read state down a big feed's index took 12-18 ms a page, and its flagged articles were sorted by score on every page */ `
  ALTER TABLE article_sources ADD COLUMN score REAL NOT NULL DEFAULT 0;
  UPDATE article_sources SET score = s.score FROM article_state s WHERE s.article_id = article_sources.article_id AND s.score <> 0;
  CREATE INDEX article_sources_unread_by_feed_time ON article_sources (feed_id, published_at DESC, article_id DESC) WHERE unread = 1;
  CREATE INDEX article_sources_flagged_by_feed_score ON article_sources (feed_id, score DESC, article_id DESC, unread) WHERE flagged = 1;
  CREATE TRIGGER score_copies_on_score AFTER UPDATE OF score ON article_state WHEN NEW.score IS NOT OLD.score BEGIN
    UPDATE article_sources SET score = NEW.score WHERE article_id = NEW.article_id;
  END;
  `,
  /* 16: a rescan rescores a hit in place: deleting and inserting it moved the flag, the counts and every copy twice */ `
  CREATE TRIGGER article_state_on_rescore_hit AFTER UPDATE OF score ON hits WHEN NEW.score IS NOT OLD.score AND NEW.dismissed = 0 BEGIN
    UPDATE article_state SET score = live.score
    FROM (SELECT COALESCE((SELECT max(score) FROM hits WHERE article_id = NEW.article_id AND dismissed = 0), 0) AS score) AS live
    WHERE article_id = NEW.article_id AND article_state.score IS NOT live.score;
  END;
  `,
  /* 17: whether a feed brought an article is answered by one index, not a row read at random: a watchlist's view of a big feed checked it for hundreds of rows a page (27 ms at a million articles) */ `
  CREATE INDEX article_sources_by_article_feed ON article_sources (article_id, feed_id);
  DROP INDEX article_sources_by_article;
  `,
  /* 18: a feed that gives an article it already brought a new guid has the guid remembered, not a second source: the article showed twice in the feed's view and count */ `
  CREATE TABLE source_guids (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid       TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, guid)
  ) WITHOUT ROWID;
  CREATE INDEX source_guids_by_article ON source_guids (article_id);
  INSERT INTO source_guids (feed_id, guid, article_id)
    SELECT a.feed_id, a.guid, a.article_id FROM article_sources a
    WHERE EXISTS (SELECT 1 FROM article_sources b WHERE b.article_id = a.article_id AND b.feed_id = a.feed_id AND b.rowid < a.rowid);
  DELETE FROM article_sources
    WHERE EXISTS (SELECT 1 FROM article_sources b WHERE b.article_id = article_sources.article_id AND b.feed_id = article_sources.feed_id AND b.rowid < article_sources.rowid);
  `,
  /* 19: notifications: every hit queued to be told (one row per article, so none is told twice, across restarts and processes), and the history of what was told, held or dropped, and why */ `
  CREATE TABLE notice_log (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    outcome        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    count          INTEGER NOT NULL,
    watchlists     TEXT NOT NULL,
    article_id     INTEGER,
    article_title  TEXT,
    article_source TEXT,
    held_until     INTEGER
  );
  CREATE TABLE notice_queue (
    article_id     INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    watchlist_id   TEXT NOT NULL,
    watchlist_name TEXT NOT NULL,
    score          REAL NOT NULL,
    queued_at      INTEGER NOT NULL,
    quiet          INTEGER NOT NULL DEFAULT 0,
    notice_id      INTEGER
  );
  CREATE INDEX notice_queue_waiting ON notice_queue (queued_at, article_id) WHERE notice_id IS NULL;
  CREATE INDEX notice_queue_by_watchlist ON notice_queue (watchlist_id, notice_id);
  `,
]
