-- Findings belong to the pack that raised them: a run of one pack lists, updates and resolves its own
-- findings only. Existing findings take the pack of the run that last raised them. Findings of packs
-- other than the built-in one are keyed with their pack's id in front, so that two packs using the
-- same rule id keep separate findings (and marks); the built-in pack's keys, and so its marks, stay.
ALTER TABLE finding ADD COLUMN pack_id VARCHAR(100);
UPDATE finding SET pack_id = (SELECT r.pack_id FROM validation_run r WHERE r.id = finding.run_id);
UPDATE finding_mark SET finding_key = (SELECT f.pack_id || ':' || f.finding_key FROM finding f
    WHERE f.finding_key = finding_mark.finding_key)
    WHERE EXISTS (SELECT 1 FROM finding f WHERE f.finding_key = finding_mark.finding_key
        AND f.pack_id IS NOT NULL AND f.pack_id <> 'default-census');
UPDATE finding SET finding_key = pack_id || ':' || finding_key
    WHERE pack_id IS NOT NULL AND pack_id <> 'default-census';
CREATE INDEX ix_finding_pack ON finding (census_year, pack_id);
