package dev.bastion.adapters.rest.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time from a character stream, holding only the record being read.
 * Fields are separated by commas; a field in double quotes may contain commas, line breaks and
 * doubled quotes ({@code ""}). Records end at CRLF, LF or CR; a line break after the last record is
 * optional. A byte order mark at the very start is skipped. A quote inside an unquoted field is
 * taken literally (as spreadsheets do); text after a closing quote, or a quote never closed, is
 * refused with the record's number.
 */
public final class CsvReader {

    private static final int END = -1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int records;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /**
     * The fields of the next record, or null after the last one. A blank line is a record of one
     * empty field. Undecodable input is refused as malformed (in no particular record); other I/O
     * failures are unchecked.
     */
    public List<String> next() {
        try {
            if (!started) {
                started = true;
                if (peek() == BYTE_ORDER_MARK) {
                    position++;
                }
            }
            if (peek() == END) {
                return null;
            }
            records++;
            return readRecord();
        } catch (CharacterCodingException e) {
            // The decoder reads ahead of the records, so the failure cannot be placed in one.
            throw new MalformedCsvException(MalformedCsvException.WHOLE_TEXT, "is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the record {@link #next} returned last (0 before the first). */
    public int recordNumber() {
        return records;
    }

    private List<String> readRecord() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            if (c == '"' && field.isEmpty()) {
                readQuoted(field);
                c = read();
                if (c != ',' && c != '\r' && c != '\n' && c != END) {
                    throw new MalformedCsvException(records,
                            "has text after a closing quote; a quote inside a quoted value is written twice (\"\")");
                }
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == END) {
                if (c == '\r' && peek() == '\n') {
                    position++;
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    /** Reads up to and including the closing quote, unescaping doubled quotes. */
    private void readQuoted(StringBuilder field) throws IOException {
        int opened = records;
        while (true) {
            int c = read();
            if (c == END) {
                throw new MalformedCsvException(opened, "has a quoted value that is never closed");
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                position++;
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        int c = peek();
        if (c != END) {
            position++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return END;
            }
        }
        return buffer[position];
    }
}
