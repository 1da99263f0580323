package dev.bastion.adapters.rest.identity.csv;

import dev.bastion.adapters.rest.csv.CsvReader;
import dev.bastion.adapters.rest.csv.MalformedCsvException;
import dev.bastion.application.identity.csv.ImportUsers;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The data rows of an imported file, read from the stream one at a time as the import asks for
 * them. Blank lines are skipped (they still count in the row numbers, as in a spreadsheet); a row
 * with more or fewer values than the header has columns is refused as malformed.
 */
final class UserCsvRows implements Iterator<ImportUsers.Line> {

    private final CsvReader csv;
    private final UserCsvHeader header;
    private ImportUsers.Line next;

    UserCsvRows(CsvReader csv, UserCsvHeader header) {
        this.csv = csv;
        this.header = header;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            List<String> cells = csv.next();
            if (cells == null) {
                return false;
            }
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            if (cells.size() != header.width()) {
                throw new MalformedCsvException(csv.recordNumber(), "has " + cells.size() + " values but the header "
                        + "has " + header.width() + " columns");
            }
            next = header.row(csv.recordNumber(), cells);
        }
        return true;
    }

    @Override
    public ImportUsers.Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportUsers.Line row = next;
        next = null;
        return row;
    }
}
