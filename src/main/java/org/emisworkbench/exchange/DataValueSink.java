package org.emisworkbench.exchange;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where data values go as they are made, one organisation unit after another (all the values of one
 * unit together), so an export of a million schools never holds them all. Closing it ends the document;
 * it is closed only by whoever opened it.
 */
public interface DataValueSink extends Closeable {
    void value(DataValue value) throws IOException;
}
