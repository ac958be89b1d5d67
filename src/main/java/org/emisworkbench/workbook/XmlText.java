package org.emisworkbench.workbook;

import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Text content of StAX elements. {@link #read} copies a cell value's characters into a reused buffer
 * without making a String (the parser's own buffer is overwritten by the next event); numbers are then
 * parsed from the characters and become Strings only if a handler asks for their text.
 */
final class XmlText {
    private char[] chars = new char[64];
    private int length;

    /** Reads the text of the current element through its end tag; the parser may split it into several events. */
    void read(XMLStreamReader x) throws XMLStreamException {
        length = 0;
        int depth = 1;
        while (depth > 0) {
            switch (x.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        int len = x.getTextLength();
                        if (length + len > chars.length) {
                            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + len));
                        }
                        System.arraycopy(x.getTextCharacters(), x.getTextStart(), chars, length, len);
                        length += len;
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                    // comments and processing instructions are not part of the value
                }
            }
        }
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    String string() {
        return new String(chars, 0, length);
    }

    /** The text of the current element as a String, for the rarer inline strings. */
    static String elementText(XMLStreamReader x) throws XMLStreamException {
        XmlText t = new XmlText();
        t.read(x);
        return t.string();
    }
}
