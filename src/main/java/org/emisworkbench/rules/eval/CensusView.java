package org.emisworkbench.rules.eval;

import java.util.List;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.rules.expr.ValueSource;

/**
 * One census year as the rule engine reads it: the seam the database wiring implements. Every
 * method is a plain read; the engine never writes and never asks for SQL.
 */
public interface CensusView {
    /** The census year, e.g. 2025. */
    int year();

    GradeSystem grades();

    /**
     * Schools with at least one return this year, each once (see {@link SchoolInfo#returns()}), in the
     * order their returns were received: identical returns flag the later ones as copies.
     */
    List<SchoolInfo> schools();

    /** The figures of one school this year; its {@code previousYear()} is last year's return. */
    ValueSource school(String code);

    /**
     * The figures of each school of {@link #schools()}, in the same order: rules walk every school,
     * and a list spares a look-up by code per school and rule.
     */
    default List<ValueSource> schoolSources() {
        return schools().stream().map(s -> school(s.code())).toList();
    }

    /** District codes with returns or population this year. */
    List<String> districts();

    /** District totals (sums over its schools) and district population, this year and, through
     * {@code previousYear()}, last year. */
    ValueSource district(String code);

    /** The master list: schools expected to return this year. */
    List<SchoolInfo> expectedSchools();

    /** Cell-level problems met while importing this year's files. */
    List<ImportProblem> importProblems();
}
