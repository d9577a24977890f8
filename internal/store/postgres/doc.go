// Package postgres is the store.Store for several workers sharing one
// database: PostgreSQL 14 or later with PostGIS and unaccent, through a
// pgx connection pool. Ordered migrations are embedded from
// migrations/*.sql, applied each in its own transaction, tracked in
// schema_migrations and serialised across processes by an advisory lock.
//
// Points are PostGIS geometries (lon, lat, SRID 4326) with GiST indexes:
// bounding boxes use && with ST_MakeEnvelope, radius queries ST_DWithin on
// geography (on the sphere, like the SQLite store's haversine). Full text
// is a generated tsvector ('simple' configuration over unaccented text)
// with a GIN index, queried with plainto_tsquery so that input is never
// query syntax.
//
// The tables go in the first schema of the connection's search_path
// (search_path=myschema,public in the DSN picks one); the extensions live
// in public. It never calls a pipeline stage.
package postgres
