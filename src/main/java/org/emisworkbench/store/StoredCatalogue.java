package org.emisworkbench.store;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.value.VersionedValue;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;
import org.h2.result.SearchRow;
import org.h2.value.Value;
import org.h2.value.ValueNull;

/**
 * What a workspace file declares — the statements H2 would run to recreate its objects, and its schema
 * history — read straight from the file's storage, read-only, without opening it as a database.
 *
 * <p>Opening an H2 database runs the stored statements of every object: a trigger or function written
 * in Java is compiled and started then, before any query (decision 0009). So the file is read here
 * with H2's storage layer only, in two passes: first the list of storage types, whose entries name Java
 * classes that H2 would load; only H2's own storage types pass. Then, with the types known to be H2's,
 * the table of objects ({@code table.0}), the schema history's rows, and the logs of unfinished
 * transactions, which H2 would replay on opening.
 */
final class StoredCatalogue {
    /** H2's map of its objects: one row per object (id, head, type, SQL). */
    private static final String OBJECTS_MAP = "table.0";
    private static final String TYPE_REGISTRY = "_";
    private static final String UNDO_LOG_PREFIX = TransactionStore.UNDO_LOG_NAME_PREFIX;

    /** One of H2's objects: its kind ({@link org.h2.engine.DbObject} type number) and its statement. */
    record StoredObject(int type, String sql) {
    }

    /** A step of the schema history as Flyway recorded it, without when, by whom and how long. */
    record HistoryStep(String version, String description, String type, String script, String checksum,
                       String success) {
    }

    /** The file's storage could not be read: damaged, or not an H2 file of this version. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    /** Another program (or window) has the file open. */
    static final class Locked extends Exception {
        private static final long serialVersionUID = 1L;

        Locked(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The file names a Java class, other than H2's own storage types, for H2 to load. */
    static final class ForeignType extends Exception {
        private static final long serialVersionUID = 1L;
        private final String className;

        ForeignType(String className) {
            super(className);
            this.className = className;
        }

        String className() {
            return className;
        }
    }

    private final List<StoredObject> objects;
    private final List<HistoryStep> history;
    private final boolean structureChangePending;

    private StoredCatalogue(List<StoredObject> objects, List<HistoryStep> history, boolean structureChangePending) {
        this.objects = List.copyOf(objects);
        this.history = List.copyOf(history);
        this.structureChangePending = structureChangePending;
    }


    /** Every object the file declares, committed or left by an unfinished transaction. */
    List<StoredObject> objects() {
        return objects;
    }

    /** The schema history in order of installation; empty when the file has no history table. */
    List<HistoryStep> history() {
        return history;
    }

    /**
     * True when a transaction that changed the objects or the history was left unfinished (a crash
     * during an upgrade, or a forged file): opening would finish or undo it.
     */
    boolean structureChangePending() {
        return structureChangePending;
    }

    static StoredCatalogue read(Path file) throws Unreadable, ForeignType, Locked {
        checkStorageTypes(file);
        try (MVStore mv = openReadOnly(file)) {
            if (!mv.hasMap(OBJECTS_MAP)) {
                throw new Unreadable("no table of objects", null);
            }
            // Safe now: every type the registry names is one of H2's own (checkStorageTypes).
            TransactionStore types = new TransactionStore(mv, new ValueDataType());
            MVMap<Long, VersionedValue<SearchRow>> objectMap = types.openMap(OBJECTS_MAP, null, null);
            List<StoredObject> objects = new ArrayList<>();
            boolean pending = false;
            String historyMap = null;
            for (Map.Entry<Long, VersionedValue<SearchRow>> e : objectMap.entrySet()) {
                VersionedValue<SearchRow> v = e.getValue();
                pending |= v.getOperationId() != 0;
                for (SearchRow row : versions(v)) {
                    StoredObject o = new StoredObject(row.getValue(2).getInt(), row.getValue(3).getString());
                    objects.add(o);
                    if (o.type() == org.h2.engine.DbObject.TABLE_OR_VIEW
                            && o.sql().contains("\"PUBLIC\".\"flyway_schema_history\"(")) {
                        historyMap = "table." + row.getValue(0).getInt();
                    }
                }
            }
            List<HistoryStep> history = new ArrayList<>();
            if (historyMap != null && mv.hasMap(historyMap)) {
                MVMap<Long, VersionedValue<SearchRow>> rows = types.openMap(historyMap, null, null);
                for (VersionedValue<SearchRow> v : rows.values()) {
                    pending |= v.getOperationId() != 0;
                    SearchRow row = v.getCommittedValue();
                    if (row != null) {
                        history.add(new HistoryStep(text(row, 1), text(row, 2), text(row, 3), text(row, 4),
                                text(row, 5), text(row, 9)));
                    }
                }
            }
            pending |= undoLogsTouch(mv, types, Set.of(OBJECTS_MAP, String.valueOf(historyMap)));
            return new StoredCatalogue(objects, history, pending);
        } catch (RuntimeException e) {
            // Whatever a damaged page makes the storage layer throw (its own exceptions, or "Unexpected code
            // path" when a zeroed row holds NULL where a number was stored): the file cannot be read.
            throw new Unreadable(String.valueOf(e.getMessage()), e);
        }
    }

    private static List<SearchRow> versions(VersionedValue<SearchRow> v) {
        List<SearchRow> rows = new ArrayList<>(2);
        if (v.getCurrentValue() != null) {
            rows.add(v.getCurrentValue());
        }
        if (v.getCommittedValue() != null && v.getCommittedValue() != v.getCurrentValue()) {
            rows.add(v.getCommittedValue());
        }
        return rows;
    }

    private static String text(SearchRow row, int column) {
        Value v = column < row.getColumnCount() ? row.getValue(column) : null;
        return v == null || v == ValueNull.INSTANCE ? null : v.getString();
    }

    private static MVStore openReadOnly(Path file) throws Unreadable, Locked {
        try {
            return new MVStore.Builder().fileName(file.toString()).readOnly().open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new Locked(e);
            }
            throw new Unreadable(String.valueOf(e.getMessage()), e);
        } catch (IllegalStateException e) {
            throw new Unreadable(String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * First pass: reads the registry of storage types with a reader that knows H2's own types and
     * instantiates nothing, so that no class the file names is ever loaded.
     */
    private static void checkStorageTypes(Path file) throws Unreadable, ForeignType, Locked {
        try (MVStore mv = openReadOnly(file)) {
            if (!mv.hasMap(TYPE_REGISTRY)) {
                throw new Unreadable("no registry of storage types", null);
            }
            MVMap<String, String> registry = mv.openMap(TYPE_REGISTRY, new MVMap.Builder<String, String>()
                    .keyType(StringDataType.INSTANCE).valueType(new TypeNames()));
            registry.values().forEach(name -> { }); // reading every page checks every entry
        } catch (RuntimeException e) {
            // The storage layer may wrap what our reader threw while it read a page.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ForeignTypeError f) {
                    throw new ForeignType(f.className);
                }
            }
            throw new Unreadable(String.valueOf(e.getMessage()), e);
        }
    }

    /** Unchecked carrier out of the storage layer's reading callbacks. */
    private static final class ForeignTypeError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String className;

        ForeignTypeError(String className) {
            super(className, null, false, false);
            this.className = className;
        }
    }

    /**
     * Reads the registry's entries the way {@link org.h2.mvstore.type.MetaType} writes them (class
     * name, then the saved state of the few stateful types) and returns the class names only.
     */
    private static final class TypeNames extends BasicDataType<String> {
        private static final String ROW = "org.h2.mvstore.db.RowDataType$Factory";
        private static final String VALUE = "org.h2.mvstore.db.ValueDataType$Factory";
        private static final String VERSIONED = "org.h2.mvstore.tx.VersionedValueType$Factory";
        /** H2's storage types that keep no state. */
        private static final Set<String> STATELESS = Set.of(
                "org.h2.mvstore.type.LongDataType",
                "org.h2.mvstore.type.StringDataType",
                "org.h2.mvstore.type.ByteArrayDataType",
                "org.h2.mvstore.db.NullValueDataType",
                "org.h2.mvstore.db.LobStorageMap$BlobReference$Type",
                "org.h2.mvstore.db.LobStorageMap$BlobMeta$Type");

        @Override
        public String read(ByteBuffer buff) {
            String name = DataUtils.readString(buff, DataUtils.readVarInt(buff));
            switch (name) {
                case ROW -> {
                    DataUtils.readVarInt(buff);
                    skipIntArray(buff);
                    skipIntArray(buff);
                    buff.get();
                }
                case VALUE -> {
                    skipIntArray(buff);
                    DataUtils.readVarInt(buff);
                    skipIntArray(buff);
                    buff.get();
                }
                case VERSIONED -> read(buff);
                default -> {
                    if (!STATELESS.contains(name)) {
                        throw new ForeignTypeError(name);
                    }
                }
            }
            return name;
        }

        private static void skipIntArray(ByteBuffer buff) {
            int len = DataUtils.readVarInt(buff) - 1;
            for (int i = 0; i < len; i++) {
                DataUtils.readVarInt(buff);
            }
        }

        @Override
        public void write(WriteBuffer buff, String obj) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int getMemory(String obj) {
            return 24 + 2 * obj.length();
        }

        @Override
        public String[] createStorage(int size) {
            return new String[size];
        }
    }

    /**
     * Whether a log of an unfinished transaction holds a change to one of {@code maps}: H2 replays these
     * logs when it opens the file, so a row hidden there would become an object.
     */
    private static boolean undoLogsTouch(MVStore mv, TransactionStore types, Set<String> maps) {
        boolean touched = false;
        for (String name : mv.getMapNames()) {
            if (!name.startsWith(UNDO_LOG_PREFIX) || !mv.hasData(name)) {
                continue;
            }
            MVMap<Long, Integer> log = mv.openMap(name, new MVMap.Builder<Long, Integer>()
                    .keyType(LongDataType.INSTANCE).valueType(new UndoRecordMaps(mv, types)));
            for (Integer mapId : log.values()) {
                touched |= mapId >= 0 && maps.contains(mv.getMapName(mapId));
            }
        }
        return touched;
    }

    /**
     * Reads an undo-log record (map id, key, old value, as H2's {@code Record.Type} writes it) with the
     * types of the map it belongs to, and keeps the map id only.
     */
    private static final class UndoRecordMaps extends BasicDataType<Integer> {
        private final MVStore mv;
        private final TransactionStore types;

        UndoRecordMaps(MVStore mv, TransactionStore types) {
            this.mv = mv;
            this.types = types;
        }

        @Override
        public Integer read(ByteBuffer buff) {
            int mapId = DataUtils.readVarInt(buff);
            if (mapId < 0) {
                return mapId; // commit marker
            }
            String mapName = mv.getMapName(mapId);
            if (mapName == null) {
                throw new IllegalStateException("an unfinished transaction names a missing map " + mapId);
            }
            MVMap<Object, Object> map = types.openMap(mapName, null, null);
            DataType<Object> keyType = map.getKeyType();
            DataType<Object> valueType = map.getValueType();
            keyType.read(buff);
            if (buff.get() == 1) {
                valueType.read(buff);
            }
            return mapId;
        }

        @Override
        public void write(WriteBuffer buff, Integer obj) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public int getMemory(Integer obj) {
            return 16;
        }

        @Override
        public Integer[] createStorage(int size) {
            return new Integer[size];
        }
    }
}
