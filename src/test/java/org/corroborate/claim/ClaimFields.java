package org.corroborate.claim;

import java.util.LinkedHashMap;
import java.util.Map;

/** The claim form filled in as a reviewer would, for page tests. */
public final class ClaimFields {

    private ClaimFields() {
    }

    public static Map<String, Object> valid(String statement) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("statement", statement);
        fields.put("eventDate", "2024-03-01");
        fields.put("datePrecision", "DAY");
        fields.put("eventType", "BATTLES");
        fields.put("subEventType", "GOVERNMENT_REGAINS_TERRITORY");
        fields.put("actor1", "Military Forces of Afghanistan");
        fields.put("actor2", "Taliban");
        fields.put("location.country", "Afghanistan");
        fields.put("location.admin1", "Ghor");
        fields.put("location.admin2", "Taywara");
        fields.put("location.place", "Taywara");
        fields.put("location.latitude", "");
        fields.put("location.longitude", "");
        fields.put("location.precision", "ADMIN2");
        fields.put("fatalities.low", "50");
        fields.put("fatalities.best", "59");
        fields.put("fatalities.high", "");
        return fields;
    }
}
