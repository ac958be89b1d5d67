-- Cohort and change findings compare with last year's figure: the cell it was read from, so that the
-- finding cites both years' cells. NULL for other findings and for findings stored before.
ALTER TABLE finding ADD COLUMN previous_file VARCHAR(500);
ALTER TABLE finding ADD COLUMN previous_sheet VARCHAR(100);
ALTER TABLE finding ADD COLUMN previous_cell VARCHAR(40);
