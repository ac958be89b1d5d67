package org.emisworkbench.report;

/** Key figures of one census year for the trend charts; null where not available. */
public record TrendPoint(int year, Double enrolment, Double ger, Double ner, Double ptr, Double femaleTeachersPct) {
}
