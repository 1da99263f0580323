package dev.bastion.adapters.rest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String record(String... fields) {
        StringBuilder out = new StringBuilder();
        CsvWriter.appendRecord(out, List.of(fields));
        return out.toString();
    }

    @Test
    void plainFieldsAreWrittenAsTheyAreAndTheRecordEndsWithCrLf() {
        assertThat(record("a", "b c", "", "d")).isEqualTo("a,b c,,d\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(record("a,b", "say \"hi\"", "two\nlines", "cr\rhere"))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void nonAsciiTextIsLeftAsItIs() {
        assertThat(record("Zoë", "山田")).isEqualTo("Zoë,山田\r\n");
    }
}
