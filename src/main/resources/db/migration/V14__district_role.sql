-- Per-district rights in a shared workspace (issue #18, decision 0027): which database roles are district
-- officers, and of which districts. `emis admin district-role` writes it, as the role that owns the tables.
-- A role named here may change only its districts' returns and findings; a role named nowhere (the
-- application role, national officers) may change everything. In a workspace file (H2) the table is there,
-- empty and unused: a file has one user. The PostgreSQL form of this script adds the row-level security that
-- reads it.
CREATE TABLE district_role (
    role_name     VARCHAR(63)  NOT NULL,
    district_code VARCHAR(40)  NOT NULL,
    granted_at    TIMESTAMP    NOT NULL,
    granted_by    VARCHAR(200),
    PRIMARY KEY (role_name, district_code)
);
