package dev.bastion.adapters.rest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+1 555 0100", "-2", "@cmd", "\tx", "\rx", "=", "'=x", "''+x"})
    void aValueThatAStartsFormulaOrLooksGuardedGetsOneMoreApostrophe(String value) {
        assertThat(FormulaGuard.guard(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "", "'quoted'", "'", "a=b", " =x", "1+1", "ann@example.com"})
    void anyOtherValueIsLeftAsItIs(String value) {
        assertThat(FormulaGuard.guard(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'+1 555 0100|+1 555 0100",
            "'=x|=x",
            "''=x|'=x",
            "'quoted'|'quoted'",
            "'|'",
            "plain|plain"})
    void unguardingTakesOffOneApostropheBeforeAFormulaCharacterOnly(String cell, String value) {
        assertThat(FormulaGuard.unguard(cell)).isEqualTo(value);
    }
}
