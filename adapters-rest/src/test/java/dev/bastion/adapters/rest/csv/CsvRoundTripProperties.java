package dev.bastion.adapters.rest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the writer writes, the reader reads back as it was, and so does the formula guard. */
class CsvRoundTripProperties {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings()
                .withChars("ab ,\"\r\n'=+-@\t\u00e9\u5c71")
                .ofMaxLength(12);
        // A record of one empty field is a blank line, which readers skip: give every record two fields.
        return field.list().ofMinSize(2).ofMaxSize(5).list().ofMaxSize(8);
    }

    @Property
    void whatIsWrittenIsReadBackUnchanged(@ForAll("tables") List<List<String>> table) {
        StringBuilder text = new StringBuilder();
        table.forEach(record -> CsvWriter.appendRecord(text, record));

        CsvReader reader = new CsvReader(new StringReader(text.toString()));
        List<List<String>> read = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            read.add(record);
        }

        assertThat(read).isEqualTo(table);
    }

    @Property
    void aGuardedValueIsSafeAndUnguardsToItself(@ForAll("values") String value) {
        String guarded = FormulaGuard.guard(value);

        assertThat(FormulaGuard.unguard(guarded)).isEqualTo(value);
        assertThat(guarded).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars("'=+-@\t\rab ").ofMaxLength(6);
    }
}
