-- Who did it (issue #18, decision 0018): the import of a file, a validation run and an officer's mark of a
-- finding record who made them: the operating-system user of a workspace file, the database role of a shared
-- workspace. NULL for what was stored before this column, and for marks that came in a district package.
-- Standard SQL, the same on H2 and PostgreSQL. (V12 is another change's number.)
ALTER TABLE import_batch ADD COLUMN imported_by VARCHAR(200);
ALTER TABLE validation_run ADD COLUMN run_by VARCHAR(200);
ALTER TABLE finding_mark ADD COLUMN marked_by VARCHAR(200);
