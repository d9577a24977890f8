-- The analysis of each document: its reading, resolved places, coded events
-- and checked claims. Re-analysis replaces all four in one transaction.
CREATE TABLE analyses (
	document_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
	pipeline_version TEXT NOT NULL,
	reading          TEXT NOT NULL DEFAULT '{}',
	analyzed_at      TEXT NOT NULL
);

CREATE TABLE places (
	id           INTEGER PRIMARY KEY,
	document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	start        INTEGER NOT NULL,
	"end"        INTEGER NOT NULL,
	name         TEXT NOT NULL,
	geonameid    INTEGER,
	gazetteer_id TEXT NOT NULL,
	lat          REAL NOT NULL,
	lon          REAL NOT NULL,
	feature_code TEXT NOT NULL DEFAULT '',
	country_code TEXT NOT NULL DEFAULT '',
	admin1       TEXT NOT NULL DEFAULT '',
	confidence   REAL NOT NULL DEFAULT 0,
	metonymic    INTEGER NOT NULL DEFAULT 0,
	adjective    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX places_document ON places(document_id);
CREATE INDEX places_gazetteer ON places(gazetteer_id);

-- Events: the filterable fields as columns, the whole event as JSON.
CREATE TABLE events (
	id                   TEXT PRIMARY KEY,
	document_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	type                 TEXT NOT NULL,
	mode                 TEXT NOT NULL DEFAULT '',
	acled_event_type     TEXT NOT NULL DEFAULT '',
	acled_sub_event_type TEXT NOT NULL DEFAULT '',
	event_date           TEXT NOT NULL DEFAULT '',
	lat                  REAL,
	lon                  REAL,
	country_code         TEXT NOT NULL DEFAULT '',
	admin1               TEXT NOT NULL DEFAULT '',
	actor                TEXT NOT NULL DEFAULT '',
	recipient            TEXT NOT NULL DEFAULT '',
	fatalities           INTEGER,
	confidence           REAL NOT NULL DEFAULT 0,
	asserted             INTEGER NOT NULL DEFAULT 1,
	cluster_id           TEXT NOT NULL DEFAULT '',
	body                 TEXT NOT NULL
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_date ON events(event_date, id);
CREATE INDEX events_type ON events(type, event_date);
CREATE INDEX events_country ON events(country_code, event_date);
CREATE INDEX events_latlon ON events(lat, lon);
CREATE INDEX events_cluster ON events(cluster_id);

CREATE TABLE claims (
	id          INTEGER PRIMARY KEY,
	document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	kind        TEXT NOT NULL,
	verdict     TEXT NOT NULL,
	body        TEXT NOT NULL
);
CREATE INDEX claims_document ON claims(document_id);
