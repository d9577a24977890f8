-- Documents, raw and clean, deduplicated by canonical URL and content hash.
CREATE TABLE documents (
	id               TEXT PRIMARY KEY,
	url              TEXT NOT NULL DEFAULT '',
	canonical_url    TEXT NOT NULL DEFAULT '',
	source           TEXT NOT NULL DEFAULT '',
	fetched_at       TEXT,
	published        TEXT,
	title            TEXT NOT NULL DEFAULT '',
	byline           TEXT NOT NULL DEFAULT '',
	lang             TEXT NOT NULL DEFAULT '',
	text             TEXT NOT NULL DEFAULT '',
	headings         TEXT NOT NULL DEFAULT '[]',
	embeds           TEXT NOT NULL DEFAULT '[]',
	content_hash     TEXT NOT NULL,
	raw              BLOB,
	content_type     TEXT NOT NULL DEFAULT '',
	pipeline_version TEXT NOT NULL DEFAULT '',
	stored_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_canonical_url ON documents(canonical_url) WHERE canonical_url <> '';
CREATE UNIQUE INDEX documents_content_hash ON documents(content_hash);
CREATE INDEX documents_published ON documents(published);

-- Full-text search over titles and bodies, kept in step by triggers.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE sources (
	id       INTEGER PRIMARY KEY,
	kind     TEXT NOT NULL,
	location TEXT NOT NULL,
	title    TEXT NOT NULL DEFAULT '',
	added_at TEXT NOT NULL,
	UNIQUE (kind, location)
);
