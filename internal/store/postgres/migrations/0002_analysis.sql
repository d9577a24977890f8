-- The analysis of each document: its reading, resolved places, coded events
-- and checked claims. Re-analysis replaces all four in one transaction.
-- JSON is stored as json, not jsonb: it keeps what the pipeline wrote,
-- \u0000 included.
CREATE TABLE analyses (
	document_id      text COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
	pipeline_version text NOT NULL,
	reading          json NOT NULL DEFAULT '{}',
	analyzed_at      timestamptz NOT NULL
);

-- Points are WGS 84 geometries (lon, lat) generated from the lat and lon
-- columns: bounding boxes test them with && against ST_MakeEnvelope; radius
-- queries cast them to geography for ST_DWithin in metres (an expression
-- index serves that cast).
CREATE TABLE places (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	start        integer NOT NULL,
	"end"        integer NOT NULL,
	name         text NOT NULL,
	geonameid    bigint,
	gazetteer_id text COLLATE "C" NOT NULL,
	lat          double precision NOT NULL,
	lon          double precision NOT NULL,
	geom         public.geometry(Point, 4326) GENERATED ALWAYS AS (public.ST_SetSRID(public.ST_MakePoint(lon, lat), 4326)) STORED,
	feature_code text NOT NULL DEFAULT '',
	country_code text NOT NULL DEFAULT '',
	admin1       text NOT NULL DEFAULT '',
	confidence   double precision NOT NULL DEFAULT 0,
	metonymic    boolean NOT NULL DEFAULT false,
	adjective    boolean NOT NULL DEFAULT false
);
CREATE INDEX places_document ON places (document_id);
CREATE INDEX places_gazetteer ON places (gazetteer_id);
CREATE INDEX places_geom ON places USING gist (geom);

-- Events: the filterable fields as columns, the whole event as JSON.
CREATE TABLE events (
	id                   text COLLATE "C" PRIMARY KEY,
	document_id          text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	type                 text NOT NULL,
	mode                 text NOT NULL DEFAULT '',
	acled_event_type     text NOT NULL DEFAULT '',
	acled_sub_event_type text NOT NULL DEFAULT '',
	event_date           text COLLATE "C" NOT NULL DEFAULT '',
	lat                  double precision,
	lon                  double precision,
	geom                 public.geometry(Point, 4326) GENERATED ALWAYS AS (public.ST_SetSRID(public.ST_MakePoint(lon, lat), 4326)) STORED,
	country_code         text NOT NULL DEFAULT '',
	admin1               text NOT NULL DEFAULT '',
	actor                text NOT NULL DEFAULT '',
	recipient            text NOT NULL DEFAULT '',
	fatalities           integer,
	confidence           double precision NOT NULL DEFAULT 0,
	asserted             boolean NOT NULL DEFAULT true,
	cluster_id           text NOT NULL DEFAULT '',
	body                 json NOT NULL
);
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_date ON events (event_date, id);
CREATE INDEX events_type ON events (type, event_date);
CREATE INDEX events_country ON events (country_code, event_date);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_geom ON events USING gist (geom);
CREATE INDEX events_geog ON events USING gist ((public.geography(geom)));

CREATE TABLE claims (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	kind        text NOT NULL,
	verdict     text NOT NULL,
	body        json NOT NULL
);
CREATE INDEX claims_document ON claims (document_id);
