-- PostgreSQL form of db/migration/V8__current_fact.sql (decision 0018): the same view, column for column.
-- Two differences of dialect only: PostgreSQL's VALUES needs each one-column row in parentheses, and
-- REGEXP_SUBSTR (PostgreSQL 15) takes the same arguments as H2's (string, pattern, start, N, flags, group).
CREATE VIEW current_fact AS
SELECT school_code, census_year, topic, age_group, sex, slot, val, source, file_name, sheet_name, row_no, fact_id
FROM (SELECT r.school_code, r.census_year, f.topic, f.age_group, x.sex, s.slot,
             f.vals[x.half * (CARDINALITY(f.vals) / x.parts) + s.slot + 1] AS val,
             NULLIF(REGEXP_SUBSTR('/' || COALESCE(f.sources, p.text), '/([^/]*)', 1,
                    x.half * (CARDINALITY(f.vals) / x.parts) + s.slot + 1, '', 1), '') AS source,
             b.file_name, f.sheet_name, f.row_no, f.id AS fact_id
      FROM school_return r
      JOIN fact_row f ON f.id BETWEEN r.id * 1024 AND r.id * 1024 + 1023
      JOIN import_batch b ON b.id = f.batch_id
      LEFT JOIN source_pattern p ON p.id = f.sources_ref
      -- stored sex, the sex it holds, which part of vals and in how many parts
      JOIN (VALUES ('F', 'F', 0, 1), ('M', 'M', 0, 1), ('-', NULL, 0, 1), ('B', 'F', 0, 2), ('B', 'M', 1, 2))
           AS x (stored, sex, half, parts) ON x.stored = COALESCE(f.sex, '-')
      JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16),
                   (17), (18), (19), (20), (21), (22), (23))
           AS s (slot) ON s.slot < CARDINALITY(f.vals) / x.parts
      WHERE f.is_current = TRUE AND b.status = 'COMPLETE') u
WHERE val IS NOT NULL OR source IS NOT NULL;
