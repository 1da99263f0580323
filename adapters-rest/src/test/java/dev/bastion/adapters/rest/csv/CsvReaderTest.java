package dev.bastion.adapters.rest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> records(String text) {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    private static MalformedCsvException malformed(String text) {
        return catchThrowableOfType(() -> records(text), MalformedCsvException.class);
    }

    @Test
    void fieldsAreSplitOnCommasAndRecordsOnAnyLineBreak() {
        assertThat(records("a,b,c\r\nd,e,f\ng,h,i\rj,k,l"))
                .containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g", "h", "i"),
                        List.of("j", "k", "l"));
    }

    @Test
    void aLineBreakAfterTheLastRecordIsOptional() {
        assertThat(records("a,b\r\n")).containsExactly(List.of("a", "b"));
        assertThat(records("a,b")).containsExactly(List.of("a", "b"));
    }

    @Test
    void emptyFieldsAreKeptAndABlankLineIsOneEmptyField() {
        assertThat(records(",a,,\r\n\r\nb")).containsExactly(List.of("", "a", "", ""), List.of(""), List.of("b"));
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
        assertThat(records("\"a,b\",\"line1\r\nline2\",\"say \"\"hi\"\"\",\"\"\r\nnext"))
                .containsExactly(List.of("a,b", "line1\r\nline2", "say \"hi\"", ""), List.of("next"));
    }

    @Test
    void spacesAreDataAndAQuoteInsideAnUnquotedFieldIsLiteral() {
        assertThat(records(" a , b\"c ,5\" disk")).containsExactly(List.of(" a ", " b\"c ", "5\" disk"));
    }

    @Test
    void aLeadingByteOrderMarkIsSkippedButNotOneElsewhere() {
        assertThat(records("\uFEFFusername,email")).containsExactly(List.of("username", "email"));
        assertThat(records("a\n\uFEFFb")).containsExactly(List.of("a"), List.of("\uFEFFb"));
    }

    @Test
    void nothingAtAllIsNoRecord() {
        assertThat(records("")).isEmpty();
        assertThat(records("\uFEFF")).isEmpty();
    }

    @Test
    void recordsAreNumberedFromOneAndAQuotedLineBreakDoesNotStartANewRecord() {
        CsvReader reader = new CsvReader(new StringReader("h\n\"x\ny\"\n\nz"));
        List<Integer> numbers = new ArrayList<>();
        while (reader.next() != null) {
            numbers.add(reader.recordNumber());
        }

        assertThat(numbers).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedWithTheRecordItOpenedIn() {
        MalformedCsvException refused = malformed("a\nb\n\"never closed\nc,d\n");

        assertThat(refused.record()).isEqualTo(3);
        assertThat(refused.getMessage()).isEqualTo("has a quoted value that is never closed");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        MalformedCsvException refused = malformed("a\n\"x\"y,z");

        assertThat(refused.record()).isEqualTo(2);
        assertThat(refused.getMessage()).contains("text after a closing quote");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsMalformed() {
        byte[] latin1 = "name\nJos\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        CsvReader reader = new CsvReader(new InputStreamReader(new ByteArrayInputStream(latin1),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));

        MalformedCsvException refused = catchThrowableOfType(() -> {
            while (reader.next() != null) {
                // read on
            }
        }, MalformedCsvException.class);

        assertThat(refused.getMessage()).isEqualTo("is not UTF-8 text");
        assertThat(refused.record()).isEqualTo(MalformedCsvException.WHOLE_TEXT);
    }

    @Test
    void longValuesCrossTheReadBufferIntact() {
        String longValue = "x".repeat(20_000);
        String quoted = "\"" + "y,\"\"".repeat(5_000) + "\"";

        List<List<String>> read = records(longValue + "," + quoted + "\r\nend");

        assertThat(read.get(0).get(0)).isEqualTo(longValue);
        assertThat(read.get(0).get(1)).isEqualTo("y,\"".repeat(5_000));
        assertThat(read.get(1)).containsExactly("end");
    }
}
