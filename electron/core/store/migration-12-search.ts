/**
 * Migration 12: full-text search. article_search is a contentless FTS5 index (the text stays in
 * articles; the index holds the normalized words of the title and the body, and the other forms of
 * those words, see search/forms.ts). Its rowid is the article's search key, in timeline order (see
 * search-table.ts), kept in article_state.search_key; the article id is stored beside the words
 * (unindexed). No prefix indexes: searched words are beginnings of 3 letters or more, which
 * FTS5 answers from the terms themselves as fast, and the indexes of 2-4 letter prefixes tripled
 * the index (4.8 KB an article against 1.6). Articles stored before it
 * existed wait in search_backlog until a background step indexes them (normalizing is JavaScript,
 * which a migration cannot run). Shipped: never edit; append a new migration instead.
 */
export const MIGRATION_12 = `
  CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, forms, article_id UNINDEXED,
    content = '', contentless_delete = 1, contentless_unindexed = 1,
    tokenize = 'unicode61 remove_diacritics 0'
  );
  ALTER TABLE article_state ADD COLUMN search_key INTEGER;
  CREATE TABLE search_backlog (article_id INTEGER PRIMARY KEY);
  INSERT INTO search_backlog (article_id) SELECT id FROM articles;
  -- Before the delete: the article's state (which names its search key) goes with it.
  CREATE TRIGGER article_search_on_delete_article BEFORE DELETE ON articles BEGIN
    DELETE FROM article_search WHERE rowid = (SELECT search_key FROM article_state WHERE article_id = OLD.id);
    DELETE FROM search_backlog WHERE article_id = OLD.id;
  END;
`
