-- The boundaries of administrative areas (districts, regions) read from the ministry's GeoJSON file
-- (docs/maps.md, decision 0019). Standard SQL that H2 and PostgreSQL both run: a geometry is kept as its
-- WKT text cut into numbered pieces of at most 8000 characters (no engine-specific large-object or spatial
-- type), read back and put together in order. One boundary per area; a new file replaces them all at once.
CREATE TABLE area_boundary (
    area_code    VARCHAR(40)   NOT NULL PRIMARY KEY,
    area_level   VARCHAR(20)   NOT NULL,
    feature_name VARCHAR(200),
    source_file  VARCHAR(500)  NOT NULL,
    point_count  INTEGER       NOT NULL,
    imported_at  TIMESTAMP     NOT NULL
);

CREATE TABLE area_boundary_part (
    area_code VARCHAR(40)   NOT NULL REFERENCES area_boundary (area_code),
    part_no   INTEGER       NOT NULL,
    wkt       VARCHAR(8000) NOT NULL,
    PRIMARY KEY (area_code, part_no)
);
