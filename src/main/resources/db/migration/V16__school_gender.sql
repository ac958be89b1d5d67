-- The sexes a school admits (decision 0116): boys, girls or mixed, read like its ownership and locality. A single-sex
-- school's other sex is absent by design, so the rules on the girls' share and the blank cells of the other sex spare it.
-- NULL: not said (a school is then judged as a mixed one). Standard SQL, the same on H2 and PostgreSQL.
ALTER TABLE school ADD COLUMN gender VARCHAR(10);
ALTER TABLE school_return ADD COLUMN gender VARCHAR(10);
