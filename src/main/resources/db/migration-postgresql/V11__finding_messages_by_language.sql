-- PostgreSQL form of db/migration/V11__finding_messages_by_language.sql (decision 0018). PostgreSQL 15 has
-- no SQL-standard JSON_OBJECT (it came in 16): json_build_object with the absent languages stripped gives
-- the same object. The texts are the same JSON value; only the spacing of the serialised text may differ.
ALTER TABLE finding ADD COLUMN messages VARCHAR(16000);
UPDATE finding SET messages = CAST(json_strip_nulls(json_build_object('en', message_en, 'fr', message_fr)) AS VARCHAR)
    WHERE message_en IS NOT NULL OR message_fr IS NOT NULL;
ALTER TABLE finding DROP COLUMN message_en;
ALTER TABLE finding DROP COLUMN message_fr;
