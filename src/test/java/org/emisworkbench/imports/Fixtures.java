package org.emisworkbench.imports;

import java.io.InputStream;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;

/** Shared helpers of the interpreter tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Template builtIn(String id) throws Exception {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("templates/" + id + ".json")) {
            return TemplateLoader.load(in, id + ".json");
        }
    }

    static ImportContext context(String file, int year) {
        return new ImportContext(file, year, GradeSystem.standard(), Progress.NONE, Cancellation.none());
    }
}
