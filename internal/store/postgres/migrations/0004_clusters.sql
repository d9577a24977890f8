-- Near-duplicate signatures and links, and same-event clusters.
ALTER TABLE documents ADD COLUMN signature bytea;
ALTER TABLE documents ADD COLUMN duplicate_of text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN duplicate_similarity double precision;
CREATE INDEX documents_duplicate_of ON documents (duplicate_of) WHERE duplicate_of <> '';
CREATE INDEX documents_signed ON documents (stored_at) WHERE signature IS NOT NULL;

CREATE TABLE clusters (
	id         text COLLATE "C" PRIMARY KEY,
	first_seen text NOT NULL,
	last_seen  text NOT NULL,
	events     integer NOT NULL DEFAULT 0,
	documents  integer NOT NULL DEFAULT 0
);
