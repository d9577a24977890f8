-- Near-duplicate signatures and links, and same-event clusters.
ALTER TABLE documents ADD COLUMN signature BLOB;
ALTER TABLE documents ADD COLUMN duplicate_of TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN duplicate_similarity REAL;
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of <> '';

CREATE TABLE clusters (
	id         TEXT PRIMARY KEY,
	first_seen TEXT NOT NULL,
	last_seen  TEXT NOT NULL,
	events     INTEGER NOT NULL DEFAULT 0,
	documents  INTEGER NOT NULL DEFAULT 0
);
