-- Type and mode filters under the page order: (type, event_date, id) gives
-- each type's events in order, so several types merge without a sort;
-- asserted, lat and lon decide the default filter and a bounding box
-- without reading each row (a filtered page read about 9 rows per match).
DROP INDEX events_type;
CREATE INDEX events_type ON events(type, event_date, id, asserted, lat, lon);
DROP INDEX events_mode;
CREATE INDEX events_mode ON events(mode, event_date, id);
