package org.emisworkbench.rules;

import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.eval.CensusView;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.testing.CensusBuilder;

/** Small helpers to build returns by hand and run one rule written as JSON. */
final class RuleFixtures {
    static final GradeSystem GRADES = GradeSystem.standard();
    static final FieldCatalog CATALOG = FieldCatalog.standard(GRADES);

    private RuleFixtures() {
    }

    static CensusBuilder census(int year) {
        return new CensusBuilder(year, GRADES);
    }

    static CensusBuilder.Return school(CensusBuilder c, String code, String district, String level) {
        return c.addSchool(code, district, level, Map.of(SchoolAttribute.NAME, "School " + code));
    }

    static void enrol(CensusBuilder.Return s, String grade, int girls, int boys) {
        s.put(CellKey.of(Topic.ENROLMENT, grade, Sex.F), girls).put(CellKey.of(Topic.ENROLMENT, grade, Sex.M), boys);
    }

    static void put(CensusBuilder.Return s, Topic topic, String slot, Sex sex, double v) {
        s.put(CellKey.of(topic, slot, sex), v);
    }

    /** Runs the rules of a pack (rule objects as JSON, comma-separated) over the census. */
    static List<Finding> run(String rulesJson, CensusView view) throws Exception {
        return new RuleEngine(CATALOG).evaluate(PackLoaderRuleTest.load(PackLoaderRuleTest.pack(rulesJson)), view);
    }

    /** The same over the returns built so far. */
    static List<Finding> run(String rulesJson, CensusBuilder census) throws Exception {
        return run(rulesJson, census.view());
    }

    /** An expression rule as JSON with English and French messages. */
    static String expr(String scope, String left, String op, String right, String extra) {
        return "{\"id\": \"E\", \"title\": \"t\", \"severity\": \"error\", \"scope\": \"" + scope + "\", \"left\": \""
                + left + "\", \"operator\": \"" + op + "\", \"right\": \"" + right + "\"" + extra
                + ", \"message\": {\"en\": \"{school} {grade} {sex}: {left} vs {right}\","
                + " \"fr\": \"{school} {grade} {sex} : {left} contre {right}\"}}";
    }
}
