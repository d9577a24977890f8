-- Extensions live in public, shared by every schema of the database: PostGIS
-- for the geometry columns of later migrations, unaccent for full text.
CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- unaccent() is only STABLE (it looks its dictionary up on the search_path);
-- naming the dictionary makes it safe to declare IMMUTABLE, as a generated
-- column needs.
CREATE FUNCTION geowire_unaccent(text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	RETURN public.unaccent('public.unaccent'::regdictionary, $1);

-- Documents, raw and clean, deduplicated by canonical URL and content hash.
-- Ids and keys sort bytewise (COLLATE "C"), as in SQLite, so that keyset
-- pages come out in the same order on every backend.
CREATE TABLE documents (
	id               text COLLATE "C" PRIMARY KEY,
	url              text NOT NULL DEFAULT '',
	canonical_url    text NOT NULL DEFAULT '',
	source           text NOT NULL DEFAULT '',
	fetched_at       timestamptz,
	published        timestamptz,
	title            text NOT NULL DEFAULT '',
	byline           text NOT NULL DEFAULT '',
	lang             text NOT NULL DEFAULT '',
	text             text NOT NULL DEFAULT '',
	headings         json NOT NULL DEFAULT '[]',
	embeds           json NOT NULL DEFAULT '[]',
	content_hash     text NOT NULL,
	raw              bytea,
	content_type     text NOT NULL DEFAULT '',
	pipeline_version text NOT NULL DEFAULT '',
	stored_at        timestamptz NOT NULL,
	-- Full text over title and body: diacritics folded, no stemming and no
	-- stop words (the 'simple' configuration), like SQLite's unicode61. A
	-- tsvector holds at most 1 MB: the first 250,000 characters of the body
	-- (any news article) are indexed, so that no text, however long or
	-- odd, makes the insert fail.
	search tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('simple', geowire_unaccent(left(title, 10000))), 'A') ||
		setweight(to_tsvector('simple', geowire_unaccent(left(text, 250000))), 'B')
	) STORED
);
CREATE UNIQUE INDEX documents_canonical_url ON documents (canonical_url) WHERE canonical_url <> '';
CREATE UNIQUE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_search ON documents USING gin (search);

CREATE TABLE sources (
	id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	kind     text NOT NULL,
	location text NOT NULL,
	title    text NOT NULL DEFAULT '',
	added_at timestamptz NOT NULL,
	UNIQUE (kind, location)
);
