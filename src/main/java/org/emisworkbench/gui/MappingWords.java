package org.emisworkbench.gui;

import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.YearBands;

/** What a column, label or table of the mapping screen is read as, in the officer's language. */
final class MappingWords {
    private final Session session;

    MappingWords(Session session) {
        this.session = session;
    }

    String describe(ColumnMapping c) {
        if (c.key()) {
            // A register naming its schools without codes: the names are its key (decision 0037).
            return session.t(org.emisworkbench.model.SchoolAttribute.NAME.field().equals(c.field()) ? "mapping.nameKey"
                    : "mapping.key");
        }
        if (c.field() == null) {
            return session.t(c.leftOut() ? "mapping.leftOutColumn" : "mapping.ignored");
        }
        StringBuilder sb = new StringBuilder(c.total() ? session.t("mapping.totalOf", c.field()) : c.field());
        if (c.grade() != null) {
            sb.append(' ').append(c.grade());
        }
        if (c.sex() != null) {
            sb.append(' ').append(c.sex());
        }
        if (c.age() != null) {
            sb.append(' ').append(session.t("mapping.ageOf", c.age()));
        }
        return sb.toString();
    }

    String describe(LabelMapping l) {
        String read = l.key() ? session.t("mapping.key") : l.field() == null ? session.t("mapping.ignored")
                : l.sex() == null ? l.field() : l.field() + " " + l.sex();
        // Under a band over the sexes (Total over Male | Female), or by the column ticked (Yes | No).
        read = l.band().isEmpty() ? read : session.t("mapping.underBand", read, FormDetailsViewModel.bandText(l.band()));
        read = l.ticks().isEmpty() ? read : session.t("mapping.ticked", read, FormDetailsViewModel.ticksText(l.ticks()));
        // "School: Akuna Primary (GH-1200)": the value is in the label's own cell, not beside it.
        return l.inside() ? session.t("mapping.inside", read)
                : l.fromSheetName() ? session.t("mapping.fromSheetName", read)
                : l.fromFileName() ? session.t("mapping.fromFileName", read) : read;
    }

    String describe(GridMapping g) {
        if (g.field() == null) {
            return session.t("mapping.ignored");
        }
        return session.t(g.rows().equals("age") ? "mapping.gridByAge" : "mapping.gridOneRow", g.field())
                + (g.grade() == null ? "" : " " + g.grade())
                + (g.sex() == null ? "" : " · " + session.t("mapping.gridSex." + g.sex()))
                + (g.stream() == null ? "" : " · " + session.t("mapping.streamsIn", g.stream()));
    }

    /**
     * Which part of a shared table a table reads, in words ("" when it reads the whole header): {@code {year}} is
     * the census year being imported (never shown as the placeholder), and rows naming topic and sex are the rows
     * starting with the band's words.
     */
    String band(GridMapping g) {
        if (g.band().isEmpty()) {
            return "";
        }
        String texts = String.join(" / ", g.band().stream().map(b -> YearBands.THIS_YEAR.equals(b.strip())
                ? session.t("mapping.band.thisYear") : b).toList());
        if ("none".equals(g.rows()) && "rows".equals(g.sexLayout())) {
            return session.t("mapping.band.rows", texts);
        }
        return texts;
    }

    String describe(org.emisworkbench.template.StackedTable t) {
        return t.field() == null ? session.t("mapping.ignored") : t.field();
    }

    /** A field choice in words ({@link MappingViewModel#IGNORE} and {@link MappingViewModel#KEY} named). */
    String fieldName(String choice) {
        if (choice == null || MappingViewModel.IGNORE.equals(choice)) {
            return session.t("mapping.ignored");
        }
        return MappingViewModel.KEY.equals(choice) ? session.t("mapping.key") : choice;
    }
}
