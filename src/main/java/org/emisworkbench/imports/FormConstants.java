package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateValue;

/**
 * The constants of a grid or roster template: a form is one school's, so the template's constants and
 * every sheet's own (over the template's) describe that school. Attributes join those read from labels
 * (the checker refused any field both read and constant); counts are stored with a constant's source.
 */
final class FormConstants {
    private FormConstants() {
    }

    /** Every constant in force on the template's sheets, by canonical field. */
    private static Map<String, TemplateValue> all(Template t, CodeLists lists) {
        Map<String, TemplateValue> out = new LinkedHashMap<>(TemplateValue.constants(t, null, lists));
        for (SheetSpec s : t.sheets()) {
            out.putAll(TemplateValue.constants(t, s, lists));
        }
        return out;
    }

    /** The attributes read, with the constant ones added. */
    static Map<SchoolAttribute, String> attributes(Map<SchoolAttribute, String> read, Template t, CodeLists lists) {
        Map<SchoolAttribute, String> out = new EnumMap<>(SchoolAttribute.class);
        out.putAll(read);
        for (TemplateValue v : all(t, lists).values()) {
            if (!v.isCount()) {
                out.putIfAbsent(v.field().attribute(), v.text());
            }
        }
        return out;
    }

    /** The constant counts of the school, one record per topic, their source a template constant. */
    static List<FactRecord> facts(String code, Template t, CodeLists lists, String sheet) {
        Map<Topic, FactRecord> byTopic = new EnumMap<>(Topic.class);
        for (TemplateValue v : all(t, lists).values()) {
            if (!v.isCount()) {
                continue;
            }
            Topic topic = v.field().topic();
            FactRecord rec = byTopic.computeIfAbsent(topic, k -> {
                int[] values = new int[k.fixedSlots().size()];
                Arrays.fill(values, FactRecord.MISSING);
                return new FactRecord(code, k, null, AgeGroup.ALL, values, new String[values.length], sheet, -1);
            });
            rec.values()[v.field().slot()] = v.count();
            rec.sources()[v.field().slot()] = TemplateValue.CONSTANT_SOURCE;
        }
        return new ArrayList<>(byTopic.values());
    }
}
