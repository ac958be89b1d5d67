-- The content of the cell a finding cites, as the school typed it (whole numbers without decimals),
-- so that a finding and a query workbook never show a value that is not in the cell they name.
-- NULL when no cell is named or its content is not known (findings stored before this column).
ALTER TABLE finding ADD COLUMN cell_value VARCHAR(200);
