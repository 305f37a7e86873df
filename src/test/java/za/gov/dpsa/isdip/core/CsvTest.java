package za.gov.dpsa.isdip.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one CSV writer: exact bytes, RFC 4180 quoting and the spreadsheet formula guard. */
class CsvTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aSmallTableBecomesExactlyTheseBytes() {
        List<String> headers = List.of("Name", "Score");
        List<List<String>> rows = List.of(
                List.of("Ann \"Annie\" Mokoena", "12.5"),
                List.of("Line,one\nline two", ""));

        byte[] expectedText = ("\"Name\",\"Score\"\r\n"
                + "\"Ann \"\"Annie\"\" Mokoena\",\"12.5\"\r\n"
                + "\"Line,one\nline two\",\"\"\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[BOM.length + expectedText.length];
        System.arraycopy(BOM, 0, expected, 0, BOM.length);
        System.arraycopy(expectedText, 0, expected, BOM.length, expectedText.length);

        assertThat(Csv.write(headers, rows)).containsExactly(expected);
    }

    @Test
    void nonAsciiTextIsUtf8AfterTheBom() {
        byte[] csv = Csv.write(List.of("Naam"), List.of(List.of("Zoë")));

        assertThat(Arrays.copyOfRange(csv, 0, 3)).containsExactly(BOM);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("\"Naam\"\r\n\"Zoë\"\r\n");
    }

    @Test
    void cellsAFormulaCouldStartWithAreGuardedButPlainNumbersAreNot() {
        assertThat(lines("=SUM(A1)", "@cmd", "+1+1", "-x", "\t=1", "-12.5", "-3", "12", "a=b", ""))
                .containsExactly(
                        "\"v\"",
                        "\"'=SUM(A1)\"",
                        "\"'@cmd\"",
                        "\"'+1+1\"",
                        "\"'-x\"",
                        "\"'\t=1\"",
                        "\"-12.5\"",
                        "\"-3\"",
                        "\"12\"",
                        "\"a=b\"",
                        "\"\"");
    }

    @Test
    void aFormulaThatLooksNumericAtFirstIsStillGuarded() {
        assertThat(lines("-3+cmd|' /C calc'!A0", "-1e5", "-12.")).containsExactly(
                "\"v\"",
                "\"'-3+cmd|' /C calc'!A0\"",
                "\"'-1e5\"",
                "\"'-12.\"");
    }

    @Test
    void theGuardAlsoAppliesToHeaders() {
        byte[] csv = Csv.write(List.of("=HYPERLINK(\"x\")"), List.of());

        assertThat(text(csv)).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    private static List<String> lines(String... cells) {
        List<List<String>> rows = Arrays.stream(cells).map(List::of).toList();
        String csv = text(Csv.write(List.of("v"), rows));
        assertThat(csv).endsWith("\r\n");
        return List.of(csv.substring(0, csv.length() - 2).split("\r\n", -1));
    }

    private static String text(byte[] csv) {
        assertThat(Arrays.copyOfRange(csv, 0, 3)).containsExactly(BOM);
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
