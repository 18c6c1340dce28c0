package org.atelier.claims.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import org.atelier.api.claims.Claim;
import org.atelier.api.workspace.Workspace;
import org.osgi.service.log.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The claims on disk: a snapshot of all of them ({@value #SNAPSHOT}, replaced atomically) and a journal of the
 * changes since ({@value #JOURNAL}), one line per change: the CRC-32 of the JSON, a space, the JSON. A change is
 * written and forced to disk before it is acknowledged, so whatever was acknowledged survives a crash of the
 * process or the machine.
 *
 * <p>Every change carries a sequence number, and the snapshot the number of the last change it holds. Loading
 * reads the snapshot, then replays the journal's changes that follow it. A crash while appending leaves at most
 * one torn line at the end of the journal: a change never acknowledged, dropped (and cut off the file) on
 * loading. A crash between writing a snapshot and emptying the journal leaves changes the snapshot already
 * holds, which their sequence numbers tell apart.
 */
public final class ClaimJournal implements AutoCloseable {
    static final String SNAPSHOT = "claims.json";
    static final String JOURNAL = "journal.log";
    private static final int FORMAT = 1;

    private final Workspace workspace;
    private final Path folder;
    private final Logger log;
    private final int snapshotEvery;
    private FileChannel journal;
    private long sequence;
    private long snapshotSequence;
    private long nextId = 1;

    /** What loading found. */
    public record Loaded(Map<String, Claim> claims, long nextId, boolean tornTail) {}

    /**
     * @param snapshotEvery how many changes the journal holds before a snapshot replaces them
     */
    public ClaimJournal(Workspace workspace, Path folder, Logger log, int snapshotEvery) {
        this.workspace = workspace;
        this.folder = folder;
        this.log = log;
        this.snapshotEvery = snapshotEvery;
    }

    /** Reads the snapshot and the journal, and opens the journal for appending. */
    public Loaded load() throws IOException {
        Map<String, Claim> claims = new LinkedHashMap<>();
        Path snapshot = folder.resolve(SNAPSHOT);
        if (Files.exists(snapshot)) {
            JsonNode root;
            try {
                root = ClaimCodec.JSON.readTree(Files.readAllBytes(snapshot));
            } catch (IOException e) {
                throw new IOException("the claim snapshot " + snapshot + " is unreadable (" + e.getMessage()
                        + "); restore it from a backup", e);
            }
            snapshotSequence = root.path("sequence").asLong();
            nextId = Math.max(nextId, root.path("nextId").asLong(1));
            for (JsonNode node : root.path("claims")) {
                Claim claim = ClaimCodec.read(node);
                claims.put(claim.id(), claim);
            }
        }
        sequence = snapshotSequence;
        Path file = folder.resolve(JOURNAL);
        byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        int good = 0;
        boolean torn = false;
        int at = 0;
        while (at < bytes.length) {
            int newline = indexOf(bytes, (byte) '\n', at);
            if (newline < 0) {
                torn = true; // the last change was being written: it was never acknowledged
                break;
            }
            String line = new String(bytes, at, newline - at, StandardCharsets.UTF_8);
            JsonNode change = parse(line);
            if (change == null) {
                if (newline + 1 >= bytes.length) {
                    torn = true; // a damaged last line: the change being written when the process died
                    break;
                }
                log.warn("Skipping a damaged change in the claim journal {} at byte {}", file, at);
                at = newline + 1;
                good = at;
                continue;
            }
            long seq = change.path("sequence").asLong();
            if (seq > snapshotSequence) {
                apply(change, claims);
            }
            sequence = Math.max(sequence, seq);
            at = newline + 1;
            good = at;
        }
        boolean created = !Files.exists(file);
        journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (created) {
            forceDirectory(folder); // the new file's name is as durable as what is written in it
        }
        if (torn) {
            log.warn("The claim journal {} ended with a change cut short by a crash; it was never acknowledged and"
                    + " is dropped", file);
            journal.truncate(good);
            journal.force(true);
        }
        journal.position(good);
        return new Loaded(claims, nextId, torn);
    }

    /** A new claim id: {@code c1}, {@code c2}, ... never given twice in this workspace. */
    public String newId() {
        return "c" + nextId++;
    }

    /**
     * Writes one change, durably: the claims {@code put} (new or changed) and the ids {@code removed}, all or
     * nothing.
     */
    public void commit(Collection<Claim> put, Collection<String> removed, Map<String, Claim> all)
            throws IOException {
        ObjectNode change = ClaimCodec.JSON.createObjectNode();
        change.put("sequence", sequence + 1);
        ArrayNode puts = change.putArray("put");
        put.forEach(claim -> puts.add(ClaimCodec.write(claim)));
        ArrayNode removes = change.putArray("remove");
        removed.forEach(removes::add);
        byte[] json = ClaimCodec.JSON.writeValueAsBytes(change);
        CRC32 crc = new CRC32();
        crc.update(json);
        byte[] line = (String.format("%08x ", crc.getValue()) + new String(json, StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        long position = journal.position();
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                journal.write(buffer);
            }
            journal.force(false);
        } catch (IOException e) {
            // Leave no part of a change that is reported as failed.
            journal.truncate(position);
            journal.position(position);
            throw e;
        }
        sequence++;
        if (sequence - snapshotSequence >= snapshotEvery) {
            snapshot(all.values());
        }
    }

    /** Writes every claim to the snapshot, atomically, then empties the journal. */
    public void snapshot(Collection<Claim> claims) throws IOException {
        ObjectNode root = ClaimCodec.JSON.createObjectNode();
        root.put("format", FORMAT).put("sequence", sequence).put("nextId", nextId);
        ArrayNode array = root.putArray("claims");
        claims.forEach(claim -> array.add(ClaimCodec.write(claim)));
        workspace.writeAtomically(folder.resolve(SNAPSHOT), ClaimCodec.JSON.writeValueAsBytes(root));
        snapshotSequence = sequence;
        journal.truncate(0);
        journal.position(0);
        journal.force(true);
    }

    /** Whether the journal holds changes a snapshot does not. */
    public boolean hasChangesSinceSnapshot() {
        return sequence > snapshotSequence;
    }

    @Override
    public void close() throws IOException {
        if (journal != null) {
            journal.close();
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory to force it; the file is still there after a crash of
            // the process, only a power cut could lose its name.
        }
    }

    private static JsonNode parse(String line) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return null;
        }
        byte[] json = line.substring(space + 1).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(json);
        if (!String.format("%08x", crc.getValue()).equals(line.substring(0, space))) {
            return null;
        }
        try {
            return ClaimCodec.JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private void apply(JsonNode change, Map<String, Claim> claims) throws IOException {
        for (JsonNode node : change.path("put")) {
            Claim claim = ClaimCodec.read(node);
            claims.put(claim.id(), claim);
            nextId = Math.max(nextId, number(claim.id()) + 1); // ids of claims removed since are not given again
        }
        for (JsonNode id : change.path("remove")) {
            claims.remove(id.asText());
        }
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
