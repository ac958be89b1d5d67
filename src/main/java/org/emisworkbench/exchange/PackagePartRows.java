package org.emisworkbench.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emisworkbench.exchange.PackageZip.Part;
import org.emisworkbench.model.Refusal;

/**
 * A part's rows, read line by line within the manifest's size; at the end its size, row count and
 * SHA-256 must be the manifest's, or the package is refused naming the part.
 */
public final class PackagePartRows implements AutoCloseable {
    private final Part part;
    private final InputStream in;
    private final MessageDigest digest = PackageZip.sha256();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private long bytes;
    private long lineNo;
    private boolean done;

    PackagePartRows(Part part, InputStream in) {
        this.part = part;
        this.in = in;
    }

    public String part() {
        return part.name();
    }

    /** The 1-based line of the row last returned. */
    public long line() {
        return lineNo;
    }

    /** The next row, or null at the end of a part that matches its manifest entry. */
    public Map<String, Object> next() {
        if (done) {
            return null;
        }
        byte[] raw = readLine();
        if (raw == null) {
            done = true;
            checkEnd();
            return null;
        }
        lineNo++;
        if (lineNo > part.rows()) {
            throw new Refusal("package.partRows", file(), part.rows(), part.rows() + 1);
        }
        return parse(raw);
    }

    private String file() {
        return part.name() + PackageZip.EXTENSION;
    }

    private void checkEnd() {
        if (bytes != part.bytes()) {
            throw new Refusal("package.partSize", file(), part.bytes());
        }
        if (lineNo != part.rows()) {
            throw new Refusal("package.partRows", file(), part.rows(), lineNo);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(part.sha256())) {
            throw new Refusal("package.partHash", file());
        }
    }

    private byte[] readLine() {
        line.reset();
        while (true) {
            if (pos == end) {
                int n;
                try {
                    // never read past the size the manifest gives: a bomb stops here
                    long left = part.bytes() - bytes;
                    n = in.read(buffer, 0, (int) Math.min(buffer.length, left + 1));
                } catch (IOException e) {
                    throw new Refusal("package.cannotReadPart", file(), e.getMessage());
                }
                if (n <= 0) {
                    if (line.size() > 0) {
                        throw new Refusal("package.badLine", file(), lineNo + 1, PackageZip.why("noEnd"));
                    }
                    return null;
                }
                bytes += n;
                if (bytes > part.bytes()) {
                    throw new Refusal("package.partSize", file(), part.bytes());
                }
                digest.update(buffer, 0, n);
                pos = 0;
                end = n;
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            line.write(buffer, start, pos - start);
            if (line.size() > PackageZip.MAX_LINE) {
                throw new Refusal("package.badLine", file(), lineNo + 1, PackageZip.why("lineTooLong", PackageZip.MAX_LINE));
            }
            if (pos < end) {
                pos++; // the newline
                return line.toByteArray();
            }
        }
    }

    private Map<String, Object> parse(byte[] raw) {
        JsonNode n;
        try {
            n = PackageZip.JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new Refusal("package.badLine", file(), lineNo, PackageZip.why("notJson"));
        } catch (IOException e) {
            throw new Refusal("package.badLine", file(), lineNo, PackageZip.why("notJson"));
        }
        if (n == null || !n.isObject()) {
            throw new Refusal("package.badLine", file(), lineNo, PackageZip.why("notObject"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            Object value;
            if (v.isNull()) {
                value = null;
            } else if (v.isTextual()) {
                value = v.asText();
            } else if (v.isBoolean()) {
                value = v.asBoolean();
            } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                value = v.asLong();
            } else if (v.isFloatingPointNumber()) {
                value = v.asDouble();
            } else {
                throw new Refusal("package.badLine", file(), lineNo,
                        PackageZip.why("notPlain", PackageEntries.printable(f.getKey())));
            }
            out.put(f.getKey(), value);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read only
        }
    }
}
