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
]
