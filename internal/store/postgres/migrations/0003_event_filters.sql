-- Indexes for the API's event filters (mode, admin1, source) and for the
-- places listing.
CREATE INDEX events_mode ON events (mode, event_date);
CREATE INDEX events_admin1 ON events (admin1, event_date);
CREATE INDEX documents_source ON documents (source);
