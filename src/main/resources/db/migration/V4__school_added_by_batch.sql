-- The batch whose file first named the school. New schools are written with a file's rows, before the
-- file is complete (decision 0005); when the import is cut (a crash, a full disk) the batch's clean-up
-- removes them by this column, as it removes the batch's rows of every other table. NULL for schools
-- stored before this column existed.
ALTER TABLE school ADD COLUMN added_by_batch BIGINT;
