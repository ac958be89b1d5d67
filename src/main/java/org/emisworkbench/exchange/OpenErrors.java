package org.emisworkbench.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * The figures an officer has not cleared yet: those named by an error finding that is open or queried
 * (a finding confirmed with the school, or resolved, clears its figures). A finding names its figures by
 * its fields, grade and sex; a finding that names no field at all (a return copied from another school)
 * holds back every figure of its school; one that names only school details (its level) holds back none.
 */
public final class OpenErrors {
    /** A finding's reach: topics (null: every topic), grade (null: every grade), sex (null: both). */
    private record Reach(Set<Topic> topics, String grade, Sex sex) {
    }

    private final Map<String, List<Reach>> bySchool = new HashMap<>();

    /** No finding holds anything back (an export that includes unchecked figures). */
    public static OpenErrors none() {
        return new OpenErrors();
    }

    /**
     * Records one open or queried error finding.
     *
     * @param fields the finding's canonical fields ("enrolment, repeaters", "teachers.qualified"), or
     *               null or blank when it names none
     */
    public void add(String school, String fields, String grade, Sex sex) {
        if (school == null) {
            return;
        }
        Set<Topic> topics = null;
        if (fields != null && !fields.isBlank()) {
            topics = java.util.EnumSet.noneOf(Topic.class);
            for (String f : fields.split(",")) {
                String name = f.strip();
                int dot = name.indexOf('.');
                String topic = dot < 0 ? name : name.substring(0, dot);
                for (Topic t : Topic.values()) {
                    if (t.code().equals(topic)) {
                        topics.add(t);
                    }
                }
            }
            if (topics.isEmpty()) {
                return; // school details only: no figure is in doubt
            }
        }
        bySchool.computeIfAbsent(school, s -> new ArrayList<>()).add(new Reach(topics, grade, sex));
    }

    /**
     * Whether a figure of a school is in doubt.
     *
     * @param grades the grades the figure adds (empty for topics not counted by grade)
     * @param sex    the sex it counts, or null for both
     */
    public boolean holdsBack(String school, Topic topic, List<String> grades, Sex sex) {
        List<Reach> reaches = bySchool.get(school);
        if (reaches == null) {
            return false;
        }
        for (Reach r : reaches) {
            boolean topicHit = r.topics() == null || r.topics().contains(topic);
            boolean gradeHit = r.grade() == null || grades.isEmpty() || grades.contains(r.grade());
            boolean sexHit = r.sex() == null || sex == null || r.sex() == sex;
            if (topicHit && gradeHit && sexHit) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return bySchool.isEmpty();
    }
}
