package dev.bastion.adapters.rest.identity.csv;

import dev.bastion.adapters.rest.csv.CsvWriter;
import dev.bastion.adapters.rest.csv.FormulaGuard;
import dev.bastion.application.identity.csv.ExportUsers.ExportedUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users CSV file as a stream of UTF-8 bytes, made as it is read: the header line, then one line
 * per user, {@value #LINES_PER_CHUNK} lines at a time. The server reads it as fast as the client
 * takes the download, so only a chunk is ever held, however many users there are. Every cell is
 * guarded against spreadsheet formulas ({@link FormulaGuard}).
 */
final class UserCsvExport extends InputStream {

    private static final int LINES_PER_CHUNK = 200;
    private static final byte[] NOTHING = new byte[0];

    private static final Logger LOG = LoggerFactory.getLogger(UserCsvExport.class);

    private final Iterator<ExportedUser> users;
    private byte[] chunk;
    private int position;
    private long written;

    UserCsvExport(Iterator<ExportedUser> users) {
        this.users = users;
        StringBuilder header = new StringBuilder();
        CsvWriter.appendRecord(header, UserCsvColumn.headers());
        this.chunk = header.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, target, offset, count);
        position += count;
        return count;
    }

    /**
     * Makes the next chunk when the current one is used up; false at the end. A failure to read the
     * users (the database went away mid-download) is an {@link IOException}: the server then aborts
     * the response, and the client sees a cut-off transfer at once rather than a stalled one.
     */
    private boolean fill() throws IOException {
        try {
            return fillChunk();
        } catch (RuntimeException e) {
            // The framework only says that the response broke off; say why.
            LOG.error("Users export failed after {} users; the download is cut off", written, e);
            throw new IOException("the users export failed after it had started", e);
        }
    }

    private boolean fillChunk() {
        while (position == chunk.length) {
            if (!users.hasNext()) {
                chunk = NOTHING;
                position = 0;
                return false;
            }
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < LINES_PER_CHUNK && users.hasNext(); i++) {
                CsvWriter.appendRecord(lines, cells(users.next()));
                written++;
            }
            chunk = lines.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }

    private static List<String> cells(ExportedUser user) {
        List<String> cells = new ArrayList<>(UserCsvColumn.values().length);
        Arrays.stream(UserCsvColumn.values()).forEach(column -> cells.add(FormulaGuard.guard(column.cellOf(user))));
        return cells;
    }
}
