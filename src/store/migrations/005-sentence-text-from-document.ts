/**
 * A sentence's text is no longer stored twice: the sentence row keeps its offsets into the
 * document's text, and the text itself is read from the document through the view
 * `sentence_texts`, which is also the full-text index's external content (so BM25 ranking and
 * highlight() work as before). Storing every sentence a second time cost a quarter of the time
 * of storing a document and a third of the database (issue 3's bench).
 *
 * SQLite's substr() counts code points and our offsets count UTF-16 code units, so the two
 * agree only when the document has no character outside the Basic Multilingual Plane (nor a
 * NUL): for such a document the writer still stores each sentence's text in `sentences.text`,
 * which the view prefers; otherwise that column is NULL.
 *
 * A document's sentences are deleted before the document itself (documents_bd), so that the
 * index-removal trigger can still read the text it must remove.
 */
export const SENTENCE_TEXT_SQL = "coalesce(s.text, substr(d.text, s.start + 1, s.end - s.start))";

const sentenceTextOf = (row: "new" | "old") =>
  `coalesce(${row}.text, substr((SELECT text FROM documents WHERE id = ${row}.doc_id), ${row}.start + 1, ${row}.end - ${row}.start))`;

export const sentenceTextSchema = `
DROP TRIGGER sentences_ai;
DROP TRIGGER sentences_ad;
DROP TABLE sentences_fts;
CREATE TABLE sentences_slim (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT,
  UNIQUE (doc_id, idx)
);
INSERT INTO sentences_slim (id, doc_id, idx, paragraph, start, end, text)
  SELECT s.id, s.doc_id, s.idx, s.paragraph, s.start, s.end,
         CASE WHEN s.text = substr(d.text, s.start + 1, s.end - s.start) THEN NULL ELSE s.text END
  FROM sentences s JOIN documents d ON d.id = s.doc_id
  ORDER BY s.id;
DROP TABLE sentences;
ALTER TABLE sentences_slim RENAME TO sentences;
CREATE VIEW sentence_texts AS
  SELECT s.id, ${SENTENCE_TEXT_SQL} AS text FROM sentences s JOIN documents d ON d.id = s.doc_id;
CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text,
  content='sentence_texts',
  content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, ${sentenceTextOf("new")});
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, ${sentenceTextOf("old")});
END;
CREATE TRIGGER documents_bd BEFORE DELETE ON documents BEGIN
  DELETE FROM sentences WHERE doc_id = old.id;
END;
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
`;
