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
    /** H2's chunk footer: the last 128 bytes of a chunk. */
    private static final int FOOTER = 128;

    private WorkspaceDamage() {
    }

    /** What the newer of the file's two header copies says: its version, whether it was closed properly. */
    record Header(long version, boolean clean, long block, String chunk) {
    }

    /**
     * Refuses a file whose storage is visibly cut or broken, reading its bytes only: empty, not a whole
     * number of blocks, or without a readable header. H2 itself would open an empty file as a new, empty
     * database, and a cut one at an earlier state, and rewrite either. (A cut that leaves whole blocks
     * is caught by {@link #checkChunks}.)
     *
     * @return the newer header copy
     */
    static Header checkIntact(Path file) {
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
        Header header = new Header(hex(newest.get("version")), "1".equals(newest.get("clean")),
                hex(newest.get("block")), newest.get("chunk"));
        // Closed properly, the header names the newest part of the file: it must be there, whole. (After a
        // crash the header may be older, and H2 looks for the newest part itself.)
        if (header.clean() && chunkIsWhole(file, size, header.block(), header.chunk()) == null) {
            throw damaged(file, Message.of("workspace.damage.truncated"), null);
        }
        return header;
    }

    /**
     * Refuses a file that H2 would open at an earlier state than the newest one it holds, or with a part it
     * still uses missing: reads the list of parts (chunks) the file's newest state uses, and each part's first
     * and last block, never the data. A file closed properly must open at the version its header names, every
     * part it lists must be whole inside the file, and the file must end with the end of a whole part (H2
     * cuts away what follows the last part on closing). After a crash the header may be older than the
     * newest part: H2 follows the parts from the one the header names, each naming where the next goes, and
     * the file's last part, and opens at the newest state whose parts are all whole; the file is refused
     * when a whole part newer than that state is known.
     *
     * <p>Not every cut can be seen in a file that was not closed properly: one that takes away exactly the
     * parts written after the last properly closed state is what a crash leaves (docs/robustness.md §5).
     */
    static void checkChunks(Path file, Header header) {
        org.h2.mvstore.MVStore store;
        try {
            store = new org.h2.mvstore.MVStore.Builder().fileName(file.toString()).readOnly().open();
        } catch (org.h2.mvstore.MVStoreException e) {
            if (e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
                return; // another program has it: said when the file is read next
            }
            throw damaged(file, Message.of("workspace.damage.unreadable"), e);
        } catch (RuntimeException e) {
            throw damaged(file, Message.of("workspace.damage.unreadable"), e);
        }
        try (store; var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            long size = ch.size();
            long blocks = size / BLOCK;
            long opensAt = store.getCurrentVersion();
            long newest = header.clean() ? header.version() : newestWholeChunk(ch, size, header);
            if (opensAt < newest) {
                throw damaged(file, Message.of("workspace.damage.truncated"), null);
            }
            for (java.util.Map.Entry<String, String> e : store.getLayoutMap().entrySet()) {
                if (!e.getKey().startsWith("chunk.")) {
                    continue;
                }
                java.util.Map<String, String> listed = org.h2.mvstore.DataUtils.parseMap(e.getValue());
                long block = hex(listed.get("block"));
                if (chunkIsWhole(ch, blocks, block, listed.get("chunk")) == null) {
                    throw damaged(file, Message.of(block + hex(listed.get("len")) > blocks
                            ? "workspace.damage.truncated" : "workspace.damage.unreadable"), null);
                }
            }
            if (header.clean()) {
                java.util.Map<String, String> last = checksummed(read(ch, size - FOOTER, FOOTER));
                long len = last == null ? 0 : hex(last.get("len"));
                if (last == null || chunkIsWhole(ch, blocks, blocks - len, last.get("chunk")) == null) {
                    throw damaged(file, Message.of("workspace.damage.truncated"), null);
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotReadFile", file.getFileName(), e.getMessage());
        } catch (org.h2.mvstore.MVStoreException e) {
            throw damaged(file, Message.of("workspace.damage.unreadable"), e);
        }
    }

    /**
     * The newest version among the whole parts H2 would look at after a crash: the part the header names,
     * those that follow it (each part names where the next is to go), and the part the file ends with.
     */
    private static long newestWholeChunk(java.nio.channels.FileChannel ch, long size, Header header)
            throws IOException {
        long blocks = size / BLOCK;
        long newest = 0;
        java.util.Map<String, String> c = chunkIsWhole(ch, blocks, header.block(), header.chunk());
        for (int steps = 0; c != null && steps < 100_000; steps++) {
            long version = hex(c.get("version"));
            if (version <= newest) {
                break;
            }
            newest = version;
            long next = hex(c.get("next"));
            c = next == 0 ? null : chunkIsWhole(ch, blocks, next, Long.toHexString(hex(c.get("chunk")) + 1));
        }
        java.util.Map<String, String> last = checksummed(read(ch, size - FOOTER, FOOTER));
        if (last != null) {
            java.util.Map<String, String> tail = chunkIsWhole(ch, blocks, blocks - hex(last.get("len")),
                    last.get("chunk"));
            if (tail != null) {
                newest = Math.max(newest, hex(tail.get("version")));
            }
        }
        return newest;
    }

    private static java.util.Map<String, String> chunkIsWhole(Path file, long size, long block, String id) {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            return chunkIsWhole(ch, size / BLOCK, block, id);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The header of the part (chunk) {@code id} starting at {@code block} when it is there with its whole
     * length inside the file and its footer's checksum right; null when not.
     */
    private static java.util.Map<String, String> chunkIsWhole(java.nio.channels.FileChannel ch, long blocks,
            long block, String id) {
        if (block < 2 || block >= blocks || id == null) {
            return null;
        }
        try {
            byte[] first = read(ch, block * BLOCK, BLOCK);
            String text = new String(first, java.nio.charset.StandardCharsets.ISO_8859_1);
            int nl = text.indexOf('\n');
            java.util.Map<String, String> chunk = org.h2.mvstore.DataUtils.parseMap(nl < 0 ? text : text.substring(0, nl));
            long len = hex(chunk.get("len"));
            if (hex(id) != hex(chunk.get("chunk")) || !chunk.containsKey("chunk") || len < 1 || block + len > blocks) {
                return null;
            }
            java.util.Map<String, String> footer = checksummed(read(ch, (block + len) * BLOCK - FOOTER, FOOTER));
            return footer != null && hex(id) == hex(footer.get("chunk"))
                    && hex(chunk.get("version")) == hex(footer.get("version")) ? chunk : null;
        } catch (IOException | RuntimeException e) {
            return null;
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
        return refusal("workspace.damaged", file, why, cause);
    }

    /**
     * The same for damage met while the workspace was open (a part read for the first time): the engine was
     * stopped unwritten, so the officer is told it was closed, not that it was never opened.
     */
    static WorkspaceException damagedInUse(Path file, Message why, Throwable cause) {
        return refusal("workspace.damagedInUse", file, why, cause);
    }

    private static WorkspaceException refusal(String key, Path file, Message why, Throwable cause) {
        Optional<Path> backup = Backups.newest(file);
        return backup.isPresent()
                ? new WorkspaceException(cause, key, file.getFileName(), why, backup.get())
                : new WorkspaceException(cause, key + "NoBackup", file.getFileName(), why);
    }

    /**
     * The refusal of {@code file} for an object or history step we did not write ({@code what}): forged, or
     * one of ours whose stored text a damaged disk changed, which cannot be told apart. Either way the
     * newest backup beside it is named.
     */
    static WorkspaceException unsafe(Path file, Message what) {
        Optional<Path> backup = Backups.newest(file);
        return backup.isPresent()
                ? new WorkspaceException(null, "workspace.unsafe.maybeDamaged", what, backup.get(), file.getFileName())
                : new WorkspaceException(null, "workspace.unsafe.maybeDamagedNoBackup", what);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - Workspace.SUFFIX.length());
    }
}
