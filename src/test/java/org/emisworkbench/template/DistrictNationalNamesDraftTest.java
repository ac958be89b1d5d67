package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 27, F11: the draft of an Ethiopian regional file put its `Woreda` column (the district) among the columns
 * ignored on purpose, so every school drafted so had no district. The district's national names are its spellings.
 */
class DistrictNationalNamesDraftTest {
    @Test
    void theDistrictsNationalNamesAreTheDistrict() {
        for (String header : List.of("Woreda", "Sub-county", "Sub county", "LGA", "Local government area", "Upazila",
                "Tehsil", "Woreda code")) {
            DraftVocabulary.Guess g = DraftVocabulary.guess(header, "enrolment");
            assertEquals("school.district", g == null ? null : g.field(), header);
        }
    }
}
