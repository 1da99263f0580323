package dev.bastion.adapters.rest.identity;

import dev.bastion.adapters.rest.csv.CsvWriter;
import dev.bastion.adapters.rest.csv.FormulaGuard;
import dev.bastion.application.identity.ExportUsers.ExportedUser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The users CSV file as a stream of UTF-8 bytes, made as it is read: the header line, then one line
 * per user, {@value #LINES_PER_CHUNK} lines at a time. The server reads it as fast as the client
 * takes the download, so only a chunk is ever held, however many users there are. Every cell is
 * guarded against spreadsheet formulas ({@link FormulaGuard}).
 */
final class UserCsvExport extends InputStream {

    private static final int LINES_PER_CHUNK = 200;
    private static final byte[] NOTHING = new byte[0];

    private final Iterator<ExportedUser> users;
    private byte[] chunk;
    private int position;

    UserCsvExport(Iterator<ExportedUser> users) {
        this.users = users;
        StringBuilder header = new StringBuilder();
        CsvWriter.appendRecord(header, UserCsvColumn.headers());
        this.chunk = header.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
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

    /** Makes the next chunk when the current one is used up; false at the end. */
    private boolean fill() {
        while (position == chunk.length) {
            if (!users.hasNext()) {
                chunk = NOTHING;
                position = 0;
                return false;
            }
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < LINES_PER_CHUNK && users.hasNext(); i++) {
                CsvWriter.appendRecord(lines, cells(users.next()));
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
