-- Full-text indexing in bulk. Indexing each document in the transaction
-- that stores it wrote a new FTS5 segment, and merged segments, in every
-- commit of the one writer: about a quarter of its time. New documents
-- now only queue their rowid in fts_pending; the writer indexes the queue
-- in one statement every few hundred documents, at least every second,
-- and before any full-text query (fts.go), so searches still see every
-- stored document. A queued document changed or deleted before it is
-- indexed has nothing in the index to remove.
CREATE TABLE fts_pending (doc INTEGER PRIMARY KEY);
DROP TRIGGER documents_ai;
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
	INSERT INTO fts_pending (doc) VALUES (new.rowid);
END;
DROP TRIGGER documents_ad;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text)
		SELECT 'delete', old.rowid, old.title, old.text WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE doc = old.rowid);
	DELETE FROM fts_pending WHERE doc = old.rowid;
END;
DROP TRIGGER documents_au;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents
	WHEN NOT EXISTS (SELECT 1 FROM fts_pending WHERE doc = old.rowid) BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
