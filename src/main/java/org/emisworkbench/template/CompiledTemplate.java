package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What a template compiles to: its merged code lists and one header matcher per sheet. Compiling
 * expands header patterns into tens of thousands of entries, so it is done once per template and
 * shared by every file imported or scored with it (420 school forms, one template).
 */
public final class CompiledTemplate {
    private static final Map<Template, CompiledTemplate> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final CodeLists lists;
    private final List<HeaderMatcher> matchers;
    private final List<IgnoredHeaders> ignored;

    private CompiledTemplate(Template t) {
        List<String> ignored = new ArrayList<>();
        this.lists = CodeLists.merge(t.codeLists(), ignored, "$.codeLists", t.language());
        List<HeaderMatcher> list = new ArrayList<>();
        for (int i = 0; i < t.sheets().size(); i++) {
            // Problems were reported when the template was loaded; a template built in code is trusted.
            list.add(HeaderMatcher.compile(t.sheets().get(i), lists, ignored, "$.sheets[" + i + "]"));
        }
        this.matchers = List.copyOf(list);
        this.ignored = t.sheets().stream().map(s -> IgnoredHeaders.of(t, s)).toList();
    }

    /** The compiled form of a template, built on first use. */
    public static CompiledTemplate of(Template template) {
        CompiledTemplate c = CACHE.get(template);
        if (c == null) {
            c = new CompiledTemplate(template);
            CACHE.put(template, c);
        }
        return c;
    }

    /** Built-in code lists merged with the template's. */
    public CodeLists lists() {
        return lists;
    }

    /** The headers the template's sheet {@code index} leaves out on purpose (its own and the template's). */
    public IgnoredHeaders ignored(int index) {
        return ignored.get(index);
    }

    /** Header matcher of the template's sheet {@code index}. */
    public HeaderMatcher matcher(int index) {
        return matchers.get(index);
    }

    /** The matchers of entries named {@code {grade}} as read on a sheet of one grade, by entry and grade. */
    private final Map<String, HeaderMatcher> byGrade = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Header matcher of the template's sheet {@code index} on a sheet named by grade {@code grade}
     * ({@link SheetSpec#forGrade}); the entry's own matcher when grade is null. Compiled once per entry and grade.
     */
    public HeaderMatcher matcher(int index, SheetSpec spec, String grade) {
        if (grade == null) {
            return matcher(index);
        }
        return byGrade.computeIfAbsent(index + "\u0000" + grade, k -> HeaderMatcher.compile(spec.forGrade(grade), lists,
                new ArrayList<>(), "$.sheets[" + index + "]"));
    }
}
