package org.emisworkbench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.emisworkbench.model.Message;

/**
 * A damaged workspace is reported as damaged, left as it is, and the officer is pointed to the newest
 * backup beside it ({@link Backups}: made before an import or an upgrade, or by a person).
 */
final class WorkspaceDamage {
    private static final int BLOCK = 4096;

    private WorkspaceDamage() {
    }

    /**
     * Refuses a file whose storage is visibly cut or broken, reading its bytes only: empty, not a whole
     * number of blocks, or without a readable header. H2 itself would open an empty file as a new, empty
     * database, and a cut one at an earlier state, and rewrite either. (A cut that leaves whole blocks
     * is caught when the object table cannot be read, see {@link StoredCatalogue}.)
     *
     * @return the newest version the file's header names (0 when it names none)
     */
    static long checkIntact(Path file) {
        long size;
        byte[] head;
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            size = ch.size();
            if (size == 0) {
                throw damaged(file, Message.of("workspace.damage.empty"), null);
            }
            if (size < 2L * BLOCK || size % BLOCK != 0) {
                throw damaged(file, Message.of("workspace.damage.truncated"), null);
            }
            head = read(ch, 0, 2 * BLOCK);
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotReadFile", file.getFileName(), e.getMessage());
        }
        java.util.Map<String, String> newest = null;
        for (int i = 0; i < 2; i++) {
            java.util.Map<String, String> header = checksummed(java.util.Arrays.copyOfRange(head, i * BLOCK,
                    (i + 1) * BLOCK));
            if (header != null && header.containsKey("H")
                    && (newest == null || hex(header.get("version")) > hex(newest.get("version")))) {
                newest = header;
            }
        }
        if (newest == null) {
            throw damaged(file, Message.of("workspace.damage.badHeader"), null);
        }
        long version = hex(newest.get("version"));
        // Closed properly, the header names the newest part of the file: it must be there, whole. (After a
        // crash the header may be older, and H2 looks for the newest part itself.)
        if ("1".equals(newest.get("clean")) && !chunkIsWhole(file, size, hex(newest.get("block")),
                newest.get("chunk"))) {
            throw damaged(file, Message.of("workspace.damage.truncated"), null);
        }
        return version;
    }

    /** Whether the part of the file starting at {@code block} is chunk {@code id}, with its end inside the file. */
    private static boolean chunkIsWhole(Path file, long size, long block, String id) {
        long blocks = size / BLOCK;
        if (block < 2 || block >= blocks) {
            return false;
        }
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            byte[] first = read(ch, block * BLOCK, BLOCK);
            String text = new String(first, java.nio.charset.StandardCharsets.ISO_8859_1);
            int nl = text.indexOf('\n');
            java.util.Map<String, String> chunk = org.h2.mvstore.DataUtils.parseMap(nl < 0 ? text : text.substring(0, nl));
            long len = hex(chunk.get("len"));
            if (!String.valueOf(id).equals(chunk.get("chunk")) || len < 1 || block + len > blocks) {
                return false;
            }
            java.util.Map<String, String> footer = checksummed(read(ch, (block + len) * BLOCK - 128, 128));
            return footer != null && String.valueOf(id).equals(footer.get("chunk"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] read(java.nio.channels.FileChannel ch, long pos, int len) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(len);
        while (b.hasRemaining() && ch.read(b, pos + b.position()) > 0) {
            // read on
        }
        return b.array();
    }

    /**
     * A map written as "key:value,…,fletcher:checksum" (H2's store header and chunk footers), or null when
     * its checksum does not match.
     */
    private static java.util.Map<String, String> checksummed(byte[] bytes) {
        int start = 0;
        int end = bytes.length;
        while (start < end && (bytes[start] & 0xff) <= ' ') {
            start++;
        }
        while (end > start && (bytes[end - 1] & 0xff) <= ' ') {
            end--;
        }
        String s = new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf(",fletcher:");
        if (at < 0) {
            return null;
        }
        try {
            int expected = (int) Long.parseLong(s.substring(at + 10), 16);
            if (org.h2.mvstore.DataUtils.getFletcher32(bytes, start, at) != expected) {
                return null;
            }
            return org.h2.mvstore.DataUtils.parseMap(s.substring(0, at));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long hex(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s, 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The refusal of the damaged {@code file}, naming why and the newest backup if there is one. */
    static WorkspaceException damaged(Path file, Message why, Throwable cause) {
        Optional<Path> backup = Backups.newest(file);
        return backup.isPresent()
                ? new WorkspaceException(cause, "workspace.damaged", file.getFileName(), why, backup.get())
                : new WorkspaceException(cause, "workspace.damagedNoBackup", file.getFileName(), why);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - Workspace.SUFFIX.length());
    }
}
