package dev.bastion.adapters.rest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CSV file (RFC 4180, UTF-8) as a stream of bytes made as it is read: the header line, then one
 * line per item, {@value #LINES_PER_CHUNK} lines at a time, so only a chunk is ever held however
 * many items there are. Every cell is guarded against spreadsheet formulas ({@link FormulaGuard}).
 * A failure to read the items mid-download is an {@link IOException}: the server aborts the
 * response, so the client sees a cut-off transfer at once.
 */
public final class CsvExportStream<T> extends InputStream {

    private static final int LINES_PER_CHUNK = 200;
    private static final byte[] NOTHING = new byte[0];
    private static final Logger LOG = LoggerFactory.getLogger(CsvExportStream.class);

    private final String what;
    private final Iterator<T> items;
    private final Function<T, List<String>> cells;
    private byte[] chunk;
    private int position;
    private long written;

    /**
     * @param what  what is exported, for the log line of a failure
     * @param cells the cells of one item, in the order of {@code header}; a null cell is empty
     */
    public CsvExportStream(String what, List<String> header, Iterator<T> items, Function<T, List<String>> cells) {
        this.what = what;
        this.items = items;
        this.cells = cells;
        StringBuilder line = new StringBuilder();
        CsvWriter.appendRecord(line, header);
        this.chunk = line.toString().getBytes(StandardCharsets.UTF_8);
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

    private boolean fill() throws IOException {
        try {
            while (position == chunk.length) {
                if (!items.hasNext()) {
                    chunk = NOTHING;
                    position = 0;
                    return false;
                }
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < LINES_PER_CHUNK && items.hasNext(); i++) {
                    List<String> guarded = new ArrayList<>();
                    for (String cell : cells.apply(items.next())) {
                        guarded.add(FormulaGuard.guard(cell == null ? "" : cell));
                    }
                    CsvWriter.appendRecord(lines, guarded);
                    written++;
                }
                chunk = lines.toString().getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        } catch (RuntimeException e) {
            LOG.error("The {} export failed after {} lines; the download is cut off", what, written, e);
            throw new IOException("the " + what + " export failed after it had started", e);
        }
    }
}
