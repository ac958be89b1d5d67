package org.emisworkbench.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.emisworkbench.report.OutputFile;

/** answer-key.json: the trainers' solution sheet, one object per planted error. */
final class AnswerKey {
    static final String FILE = "answer-key.json";

    private AnswerKey() {
    }

    /** Entries in contract kind order, then year, file and cell, so the sheet reads kind by kind. */
    static List<Map<String, Object>> entries(List<Plant> plants) {
        List<Plant> sorted = new ArrayList<>(plants);
        sorted.sort(Comparator.<Plant>comparingInt(p -> ErrorKinds.KEY_KINDS.indexOf(p.kind))
                .thenComparingInt(p -> p.year).thenComparing(p -> p.file).thenComparing(p -> p.sheet)
                .thenComparing(p -> p.cell));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Plant p : sorted) {
            if (!p.located()) {
                throw new IllegalStateException("Planted " + p.kind + " on " + p.school + " was never written");
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("school", p.school);
            e.put("year", p.year);
            e.put("kind", p.kind);
            e.put("file", p.file);
            e.put("sheet", p.sheet);
            e.put("cell", p.cell);
            e.put("note", p.note);
            out.add(e);
        }
        return out;
    }

    static long write(Path outDir, List<Plant> plants) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            byte[] json = new ObjectMapper().writer(printer).writeValueAsBytes(entries(plants));
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            OutputFile.write(outDir.resolve(FILE), List.of(".json"), true, null, f -> Files.write(f, withNewline));
            return withNewline.length;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + FILE, e);
        } catch (org.emisworkbench.model.Refusal e) {
            throw new UncheckedIOException("Cannot write " + FILE, new IOException(e.getMessage(), e));
        }
    }
}
