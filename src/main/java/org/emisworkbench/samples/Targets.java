package org.emisworkbench.samples;

/**
 * Names of logical cells shared by the error planter and the writers: the planter says which figure
 * it bends, the writer that prints that figure reports the A1 cell.
 */
final class Targets {
    static final String NAME = "attr:name";
    static final String OWNERSHIP = "attr:ownership";
    static final String LOCALITY = "attr:locality";
    static final String MASTER_KEY = "master:key";
    static final String DUPLICATE_KEY = "dup:key";
    static final String FIRST_PUPIL_SEX = "pupil:sex:first";
    static final String FIRST_PUPIL_GRADE = "pupil:grade:first";
    static final String FIRST_G2_DOB = "pupil:dob:g2";
    static final String[] ROOMS = {"rooms:good", "rooms:fair", "rooms:poor"};

    private Targets() {
    }

    /** Enrolment of a grade and sex (wide files: one cell per grade and sex). */
    static String enrol(int grade, int sex) {
        return "enrol:" + grade + ":" + sex;
    }

    /** Enrolment of a grade, sex and age row of a form grid (0 = "< 5 years" ... 13 = "Age unknown"). */
    static String enrol(int grade, int sex, int ageRow) {
        return "enrol:" + grade + ":" + sex + ":" + ageRow;
    }

    /** A form's Total row cell for one grade and sex. */
    static String columnTotal(int grade, int sex) {
        return "coltotal:" + grade + ":" + sex;
    }

    /** A school's total enrolment for one sex: wide total column, or the form's grand total. */
    static String total(int sex) {
        return "total:" + sex;
    }

    static String repeaters(int grade, int sex) {
        return "rep:" + grade + ":" + sex;
    }

    static String newEntrants(int sex) {
        return "ne:" + sex;
    }

    static String newEntrants(int band, int sex) {
        return "ne:" + sex + ":" + band;
    }

    static String teachers(int sex) {
        return "teachers:" + sex;
    }

    static String qualified(int sex) {
        return "qualified:" + sex;
    }

    static String trained(int sex) {
        return "trained:" + sex;
    }

    static String facility(int i) {
        return "facility:" + i;
    }

    static String toilets(int i) {
        return "toilets:" + i;
    }

    static String strayKey(String district) {
        return "stray:" + district;
    }

    /** Row of a form's age grid for an age slot: "< 5 years", "5 years" ... "15 years", "16+ years", unknown. */
    static int gridRow(int ageSlot) {
        if (ageSlot == Lumeria.UNKNOWN_AGE) {
            return 13;
        }
        int age = Lumeria.MIN_AGE + ageSlot;
        return age < 5 ? 0 : Math.min(age - 4, 12);
    }

    static final int GRID_ROWS = 14;

    static String gridRowLabel(int row) {
        return switch (row) {
            case 0 -> "< 5 years";
            case 12 -> "16+ years";
            case 13 -> "Age unknown";
            default -> (row + 4) + " years";
        };
    }

    /** Enrolment of a form grid cell, summed over the ages the row covers. */
    static int gridCount(SchoolYear y, int grade, int sex, int row) {
        int sum = 0;
        for (int a = 0; a < Lumeria.AGE_SLOTS; a++) {
            if (gridRow(a) == row) {
                sum += y.enrol[grade][a][sex];
            }
        }
        return sum;
    }

    /**
     * The first enrolment cell holding pupils, in the reading order of the layout: wide files read a row
     * grade by grade (M before F); M/F-column forms age row by row; M/F-row forms age, then sex, then grade.
     */
    static String firstEnrolment(Lumeria.Layout layout, SchoolYear y) {
        if (layout == Lumeria.Layout.WIDE) {
            for (int g = 0; g < Lumeria.GRADES; g++) {
                for (int s = 0; s < 2; s++) {
                    if (y.enrol(g, s) > 0) {
                        return enrol(g, s);
                    }
                }
            }
        }
        for (int r = 0; r < GRID_ROWS; r++) {
            for (int outer = 0; outer < (layout == Lumeria.Layout.GRID_ALT ? 2 : Lumeria.GRADES); outer++) {
                for (int inner = 0; inner < (layout == Lumeria.Layout.GRID_ALT ? Lumeria.GRADES : 2); inner++) {
                    int g = layout == Lumeria.Layout.GRID_ALT ? inner : outer;
                    int s = layout == Lumeria.Layout.GRID_ALT ? outer : inner;
                    if (gridCount(y, g, s, r) > 0) {
                        return enrol(g, s, r);
                    }
                }
            }
        }
        throw new IllegalStateException("School without pupils");
    }
}
