-- Per-district rights in a shared workspace (issue #18, decision 0027), PostgreSQL's form. The table is the
-- same as in a workspace file. Row-level security then limits what a district officer's role may change:
-- every role reads every row; a role named in district_role may insert, change and delete only the rows of
-- its districts in the tables that hold a district's returns and findings (below); a role named nowhere (the
-- application role that owns the tables, national officers) may change every row. FORCE makes the owner and
-- the roles that are members of it go through the same policies (they are then simply unrestricted); a
-- superuser, or a role with BYPASSRLS, is never held by them. The other tables (master list, population,
-- districts, boundaries, packages, district_role itself) have no policy: `emis admin district-role`
-- gives a district officer's role no right to change them at all (docs/shared-workspace.md).
CREATE TABLE district_role (
    role_name     VARCHAR(63)  NOT NULL,
    district_code VARCHAR(40)  NOT NULL,
    granted_at    TIMESTAMP    NOT NULL,
    granted_by    VARCHAR(200),
    PRIMARY KEY (role_name, district_code)
);

-- A district officer's own imports (the role recorded as importing them).
ALTER TABLE import_batch ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_batch FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON import_batch FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON import_batch FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR import_batch.imported_by = current_user)
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR import_batch.imported_by = current_user);

-- Returns of the role's districts, of schools the workspace does not know yet or knows in those
-- districts (a return that names a known school of another district as its own is refused).
ALTER TABLE school_return ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_return FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON school_return FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON school_return FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR (EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
            AND UPPER(g.district_code) = UPPER(school_return.district_code))
        AND NOT EXISTS (SELECT 1 FROM school s WHERE s.code = school_return.school_code
            AND NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
                AND UPPER(g.district_code) = UPPER(s.district_code)))))
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR (EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
            AND UPPER(g.district_code) = UPPER(school_return.district_code))
        AND NOT EXISTS (SELECT 1 FROM school s WHERE s.code = school_return.school_code
            AND NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
                AND UPPER(g.district_code) = UPPER(s.district_code)))));

-- Figures of a return of the role's districts: a fact row's key lies in its return's range
-- (school_return.id * 1024 + n, decision 0003), so its return is the one whose id is the key / 1024, and
-- it is of that return's school.
ALTER TABLE fact_row ENABLE ROW LEVEL SECURITY;
ALTER TABLE fact_row FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON fact_row FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON fact_row FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM school_return r WHERE r.id = fact_row.id / 1024
            AND r.school_code = fact_row.school_code
            AND EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
                AND UPPER(g.district_code) = UPPER(r.district_code))))
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM school_return r WHERE r.id = fact_row.id / 1024
            AND r.school_code = fact_row.school_code
            AND EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
                AND UPPER(g.district_code) = UPPER(r.district_code))));

-- Problems met in the role's own imports, and problems of its districts' schools (a corrected
-- return makes the earlier ones history).
ALTER TABLE import_problem ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_problem FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON import_problem FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON import_problem FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM import_batch b WHERE b.id = import_problem.batch_id AND b.imported_by = current_user)
        OR EXISTS (SELECT 1 FROM school s WHERE s.code = import_problem.school_code
            AND EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
                AND UPPER(g.district_code) = UPPER(s.district_code))))
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM import_batch b WHERE b.id = import_problem.batch_id AND b.imported_by = current_user)
        OR EXISTS (SELECT 1 FROM school s WHERE s.code = import_problem.school_code
            AND EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
                AND UPPER(g.district_code) = UPPER(s.district_code))));

-- Source patterns of the role's own imports.
ALTER TABLE source_pattern ENABLE ROW LEVEL SECURITY;
ALTER TABLE source_pattern FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON source_pattern FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON source_pattern FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM import_batch b WHERE b.id = source_pattern.batch_id AND b.imported_by = current_user))
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM import_batch b WHERE b.id = source_pattern.batch_id AND b.imported_by = current_user));

-- Schools of the role's districts (a new school, and what a return says of a known one).
ALTER TABLE school ENABLE ROW LEVEL SECURITY;
ALTER TABLE school FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON school FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON school FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
            AND UPPER(g.district_code) = UPPER(school.district_code)))
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
            AND UPPER(g.district_code) = UPPER(school.district_code)));

-- The role's own validation runs.
ALTER TABLE validation_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE validation_run FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON validation_run FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON validation_run FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR validation_run.run_by = current_user)
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR validation_run.run_by = current_user);

-- Of the settings, only the record of the rule parameters a check used (a check of its district
-- writes it); the parameters themselves and every other setting are national.
ALTER TABLE workspace_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE workspace_setting FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON workspace_setting FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON workspace_setting FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR workspace_setting.setting_name LIKE 'rules.parameters-used.%')
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR workspace_setting.setting_name LIKE 'rules.parameters-used.%');

-- Findings of the role's districts.
ALTER TABLE finding ENABLE ROW LEVEL SECURITY;
ALTER TABLE finding FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON finding FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON finding FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
            AND UPPER(g.district_code) = UPPER(finding.district_code)))
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
            AND UPPER(g.district_code) = UPPER(finding.district_code)));

-- Marks of findings of the role's districts.
ALTER TABLE finding_mark ENABLE ROW LEVEL SECURITY;
ALTER TABLE finding_mark FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON finding_mark FOR SELECT USING (TRUE);
CREATE POLICY district_changes ON finding_mark FOR ALL
    USING (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM finding f WHERE f.finding_key = finding_mark.finding_key
            AND EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
                AND UPPER(g.district_code) = UPPER(f.district_code))))
    WITH CHECK (NOT EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user)
        OR EXISTS (SELECT 1 FROM finding f WHERE f.finding_key = finding_mark.finding_key
            AND EXISTS (SELECT 1 FROM district_role g WHERE g.role_name = current_user
                AND UPPER(g.district_code) = UPPER(f.district_code))));
