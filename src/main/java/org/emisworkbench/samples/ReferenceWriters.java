package org.emisworkbench.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference files: the master list of schools, the population by age and sex, and the mapping of
 * the country's figures to its ministry's DHIS2 (docs/exchange.md).
 */
final class ReferenceWriters {
    static final String MASTER_LIST = "master-list.xlsx";
    static final String POPULATION = "population.xlsx";
    static final String DHIS2_MAPPING = "dhis2-mapping.json";
    static final String[] MASTER_HEADERS = {"EMIS code", "School name", "District code", "District", "Region",
        "Ownership", "Locality", "Level", "Latitude", "Longitude"};
    static final String[] POPULATION_HEADERS = {"Year", "District code", "Age", "Female", "Male"};

    private ReferenceWriters() {
    }

    static long masterList(Path outDir, CountryModel model, Geography geography, Plants plants) {
        try (Workbooks.Book book = new Workbooks.Book(MASTER_LIST)) {
            SheetWriter w = new SheetWriter(book, "Schools", plants);
            for (int c = 0; c < MASTER_HEADERS.length; c++) {
                w.header(0, c, MASTER_HEADERS[c]);
            }
            int row = 1;
            for (SchoolProfile s : model.schools) {
                // A missing return is shown on the master-list row of the school that did not send it.
                int year = plants.at(s.code(), Lumeria.YEARS[1], "master:key") != null
                        ? Lumeria.YEARS[1] : Lumeria.YEARS[0];
                w.put(row, 0, s.code(), year, "master:key", s.code());
                w.value(row, 1, s.name());
                w.value(row, 2, s.district().code());
                w.value(row, 3, s.district().name());
                w.value(row, 4, s.district().region());
                w.value(row, 5, s.ownership());
                w.value(row, 6, s.locality());
                w.value(row, 7, s.level());
                double[] at = geography.printed(s.code());
                w.put(row, 8, s.code(), Lumeria.YEARS[1], Geography.LATITUDE_TARGET, at[0]);
                w.value(row, 9, at[1]);
                row++;
            }
            w.widths(11, 36, 13, 12, 8, 11, 9, 18, 10, 10);
            w.sheet.createFreezePane(0, 1);
            return book.save(outDir);
        }
    }

    static long population(Path outDir, CountryModel model, Plants plants) {
        try (Workbooks.Book book = new Workbooks.Book(POPULATION)) {
            SheetWriter w = new SheetWriter(book, "Population", plants);
            for (int c = 0; c < POPULATION_HEADERS.length; c++) {
                w.header(0, c, POPULATION_HEADERS[c]);
            }
            int row = 1;
            for (int year : Lumeria.YEARS) {
                for (Lumeria.District d : Lumeria.DISTRICTS) {
                    for (int age = PopulationModel.MIN_AGE; age <= PopulationModel.MAX_AGE; age++) {
                        w.value(row, 0, year);
                        w.value(row, 1, d.code());
                        w.value(row, 2, age);
                        w.value(row, 3, (double) model.population.count(d.code(), year, age, Lumeria.F));
                        w.value(row, 4, (double) model.population.count(d.code(), year, age, Lumeria.M));
                        row++;
                    }
                }
            }
            w.widths(8, 13, 6, 10, 10);
            return book.save(outDir);
        }
    }

    /** Copies the sample country's DHIS2 mapping (a file of data shipped with the program). */
    static long exchangeMapping(Path outDir) {
        try (InputStream in = ReferenceWriters.class.getResourceAsStream("/samples/" + DHIS2_MAPPING)) {
            if (in == null) {
                throw new IllegalStateException("the program is missing /samples/" + DHIS2_MAPPING);
            }
            byte[] bytes = in.readAllBytes();
            Files.write(outDir.resolve(DHIS2_MAPPING), bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
