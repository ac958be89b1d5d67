package org.emisworkbench.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a DHIS2 data value set in JSON ({@code POST /api/dataValueSets}), in the bulk form where each
 * data value names its own {@code period} and {@code orgUnit}: {@code {"dataSet", "idScheme": "CODE",
 * "dataValues": [{"dataElement", "period", "orgUnit", "categoryOptionCombo"?, "value", "comment"?}]}}.
 * Every identifier is a code (hence {@code idScheme} CODE); a partial figure says so in its comment.
 */
public final class DataValueSetWriter implements DataValueSink {
    private final JsonGenerator json;
    private final String period;

    public DataValueSetWriter(OutputStream out, String dataSet, String period) throws IOException {
        this.period = period;
        json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("dataSet", dataSet);
        json.writeStringField("idScheme", "CODE");
        json.writeArrayFieldStart("dataValues");
    }

    @Override
    public void value(DataValue v) throws IOException {
        json.writeStartObject();
        json.writeStringField("dataElement", v.dataElement());
        json.writeStringField("period", period);
        json.writeStringField("orgUnit", v.orgUnit());
        if (v.combo() != null) { // none: DHIS2 takes the default combo
            json.writeStringField("categoryOptionCombo", v.combo());
        }
        json.writeStringField("value", Long.toString(v.value()));
        if (v.note() != null) {
            json.writeStringField("comment", v.note());
        }
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
