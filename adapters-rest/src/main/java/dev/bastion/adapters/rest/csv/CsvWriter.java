package dev.bastion.adapters.rest.csv;

import java.util.List;

/**
 * Writes RFC 4180 records: fields separated by commas, each record ended by CRLF. A field holding a
 * comma, a double quote, CR or LF is put in double quotes, its quotes doubled; others go as they are.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Appends {@code fields} as one record (with its CRLF) to {@code out}. */
    public static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        out.append("\r\n");
    }

    private static void appendField(StringBuilder out, String field) {
        if (!needsQuotes(field)) {
            out.append(field);
            return;
        }
        out.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
