package org.emisworkbench.samples;

/**
 * One planted error. {@code target} names the logical cell the writers print it in (e.g.
 * {@code enrol:G3:F}); {@code override}, when not null, is printed there instead of the true figure.
 * The writer that prints the target fills in where it landed.
 */
final class Plant {
    final String school;
    final int year;
    final String kind;
    final String target;
    final Object override;
    final String note;
    String file;
    String sheet;
    String cell;

    Plant(String school, int year, String kind, String target, Object override, String note) {
        this.school = school;
        this.year = year;
        this.kind = kind;
        this.target = target;
        this.override = override;
        this.note = note;
    }

    boolean located() {
        return cell != null;
    }
}
