-- One cause, one finding: a finding that follows from another (a consequence, such as an outlier on a
-- school that reports teachers but no pupils) keeps the key of the finding it follows from. It is listed
-- under that finding and left out of the counts. NULL for a finding that counts on its own, and for
-- findings stored before.
ALTER TABLE finding ADD COLUMN caused_by_key VARCHAR(400);
