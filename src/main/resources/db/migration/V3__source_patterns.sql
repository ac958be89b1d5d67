-- Per-slot sources that many rows share (every school of a wide sheet has its enrolment in the same
-- columns) are stored once here and referred to from fact_row.sources_ref; fact_row.sources keeps the
-- text of sources seen only once. Readers take COALESCE(f.sources, p.text). See decision 0003.
CREATE TABLE source_pattern (
    id       INTEGER       NOT NULL PRIMARY KEY,
    -- the batch that wrote it, so that a failed or cut import leaves none behind
    batch_id BIGINT        NOT NULL,
    text     VARCHAR(2000) NOT NULL
);

ALTER TABLE fact_row ADD COLUMN sources_ref INTEGER;
