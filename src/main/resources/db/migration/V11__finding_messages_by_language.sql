-- Languages are data (decision 0016): a finding's message is kept in every language its rule gives, as one
-- JSON object by language code ({"en": "...", "fr": "...", "pt": "..."}), instead of one column per
-- language. The English and French texts of findings stored before are carried over into it, then their
-- columns go; nothing is lost.
ALTER TABLE finding ADD COLUMN messages VARCHAR(16000);
UPDATE finding SET messages = CAST(JSON_OBJECT('en': message_en, 'fr': message_fr ABSENT ON NULL) AS VARCHAR)
    WHERE message_en IS NOT NULL OR message_fr IS NOT NULL;
ALTER TABLE finding DROP COLUMN message_en;
ALTER TABLE finding DROP COLUMN message_fr;
