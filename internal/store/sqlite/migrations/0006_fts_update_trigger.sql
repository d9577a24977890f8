-- The full-text index follows a document's title and text only. The
-- trigger of 0001 re-indexed the whole text on every update of any column
-- (the pipeline version, the near-duplicate link), doubling the index work
-- of every stored document.
DROP TRIGGER documents_au;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
