/** Documents, their versions, sentences with full-text search, and every analysis layer. */
export const initialSchema = `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  source TEXT NOT NULL,
  format TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  superseded_by INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  url TEXT,
  published TEXT,
  publisher TEXT,
  author TEXT,
  language TEXT,
  stance TEXT,
  kind TEXT,
  encoding TEXT,
  extra TEXT,
  text TEXT NOT NULL,
  chars INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_key ON documents(key);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE messages (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  severity TEXT NOT NULL,
  stage TEXT NOT NULL,
  rule TEXT NOT NULL,
  reason TEXT NOT NULL,
  start INTEGER,
  end INTEGER
);
CREATE INDEX messages_doc ON messages(doc_id);

CREATE TABLE paragraphs (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  heading INTEGER NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (doc_id, idx)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text,
  content='sentences',
  content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  sector TEXT
);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  entity_id TEXT REFERENCES entities(id),
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  sector TEXT,
  confidence REAL NOT NULL,
  via TEXT NOT NULL,
  candidates TEXT
);
CREATE INDEX mentions_doc ON mentions(doc_id, sentence);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_unresolved ON mentions(text) WHERE entity_id IS NULL;

CREATE TABLE unresolved_names (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX unresolved_names_text ON unresolved_names(text);
CREATE INDEX unresolved_names_doc ON unresolved_names(doc_id);

CREATE TABLE timexes (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value_start TEXT NOT NULL,
  value_end TEXT,
  granularity TEXT NOT NULL,
  qualifier TEXT
);
CREATE INDEX timexes_doc ON timexes(doc_id, sentence);

CREATE TABLE sentence_dates (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  value_start TEXT,
  value_end TEXT,
  granularity TEXT,
  qualifier TEXT,
  source TEXT NOT NULL,
  expression INTEGER,
  PRIMARY KEY (doc_id, sentence)
) WITHOUT ROWID;
CREATE INDEX sentence_dates_start ON sentence_dates(value_start);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  category TEXT NOT NULL,
  categories TEXT NOT NULL,
  mode TEXT NOT NULL,
  context TEXT NOT NULL,
  actor TEXT NOT NULL,
  recipient TEXT NOT NULL,
  actor_code TEXT,
  recipient_code TEXT,
  date TEXT,
  enddate TEXT,
  month TEXT,
  date_precision TEXT,
  date_reported INTEGER NOT NULL,
  factuality TEXT NOT NULL,
  factuality_cue TEXT,
  attribution TEXT,
  intensity REAL NOT NULL,
  quad_code INTEGER NOT NULL,
  confidence REAL NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  pattern TEXT NOT NULL,
  UNIQUE (doc_id, event_id)
);
CREATE INDEX events_doc ON events(doc_id, sentence);
CREATE INDEX events_category ON events(category, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(actor_code, recipient_code, month);

CREATE TABLE event_participants (
  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  position INTEGER NOT NULL,
  entity_id TEXT,
  code TEXT,
  sector TEXT,
  name TEXT NOT NULL,
  PRIMARY KEY (event, role, position)
) WITHOUT ROWID;
CREATE INDEX event_participants_code ON event_participants(code, role);
CREATE INDEX event_participants_entity ON event_participants(entity_id, role);
`;
