package dev.tactful.inbox.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnDatesTest {

    static final LocalDate WRITTEN = LocalDate.of(2026, 12, 21);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I am back on 12 January.|2027-01-12",
            "I'll be back on Monday, January 12th.|2027-01-12",
            "Out of the office until 2027-01-12, with no access to email.|2027-01-12",
            "Away till Jan 5, 2027.|2027-01-05",
            "Returning on 4 January 2027|2027-01-04",
            "Ich bin ab dem 7. Januar wieder im Büro.|2027-01-07",
            "Ich bin bis 06.01.2027 nicht erreichbar.|2027-01-06",
            "Zurück am 5.1.|2027-01-05",
            "Je serai de retour le 8 janvier.|2027-01-08",
            "Absent jusqu'au 1er février 2027.|2027-02-01",
            "Estaré fuera hasta el 11 de enero de 2027.|2027-01-11",
            "Regreso el 23 de diciembre.|2026-12-23" })
    void findsTheReturnDate(String text, String expected) {
        assertThat(ReturnDates.find(text, WRITTEN)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I am away for a while.",
            "Back soon.",
            "Until then, contact Jordan on 0301234567.",
            "Back on 31 February.",
            "Back on 12 January 2031.",
            "Back on 2026-01-01." })
    void givesNoDateWhenItCannotTellOrTheDateMakesNoSense(String text) {
        assertThat(ReturnDates.find(text, WRITTEN)).isEqualTo(Optional.empty());
    }
}
