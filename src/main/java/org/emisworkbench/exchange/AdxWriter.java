package org.emisworkbench.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes ADX (IHE QRPH Aggregate Data Exchange, {@code application/adx+xml}): a root {@code adx} in
 * namespace {@code urn:ihe:qrph:adx:2015} with {@code exported}, one {@code group} per organisation unit
 * with {@code orgUnit}, {@code period} and {@code dataSet}, and in it one {@code dataValue} per figure with
 * {@code dataElement}, {@code value} and the category codes as attributes; a partial figure carries an
 * {@code annotation}. Codes are identifiers (DHIS2 reads them with its default code scheme for ADX).
 */
public final class AdxWriter implements DataValueSink {
    public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

    private final XMLStreamWriter xml;
    private final String dataSet;
    private final String period;
    private String group;

    public AdxWriter(OutputStream out, String dataSet, String period, Instant exported) throws IOException {
        this.dataSet = dataSet;
        this.period = period;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("adx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("exported", exported.truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void value(DataValue v) throws IOException {
        try {
            if (!v.orgUnit().equals(group)) {
                endGroup();
                xml.writeCharacters("\n  ");
                xml.writeStartElement("group");
                xml.writeAttribute("orgUnit", v.orgUnit());
                xml.writeAttribute("period", period);
                xml.writeAttribute("dataSet", dataSet);
                group = v.orgUnit();
            }
            xml.writeCharacters("\n    ");
            xml.writeStartElement("dataValue");
            xml.writeAttribute("dataElement", v.dataElement());
            for (Map.Entry<String, String> o : v.options().entrySet()) {
                xml.writeAttribute(o.getKey(), o.getValue());
            }
            xml.writeAttribute("value", Long.toString(v.value()));
            if (v.note() != null) {
                xml.writeStartElement("annotation");
                xml.writeCharacters(v.note());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void endGroup() throws XMLStreamException {
        if (group != null) {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            group = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            endGroup();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
