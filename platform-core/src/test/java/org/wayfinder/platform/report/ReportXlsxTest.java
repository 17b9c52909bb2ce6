package org.wayfinder.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.report.Report;
import org.wayfinder.platform.spi.report.ReportFormat;
import org.wayfinder.platform.spi.report.Section;

/** Workbooks read back with Apache POI, as a spreadsheet program would open them. */
class ReportXlsxTest {

    private static final List<String> FIGURES = List.of("figure", "value", "out of");

    private static XSSFWorkbook write(Section... sections) throws IOException {
        Report report = new Report("Mentoring report", "Mentoring Lab · generated 22 Nov 2026, 14:05 UTC", List.of(sections));
        return new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.write(ReportFormat.XLSX, report)));
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    @Test
    void eachSectionIsASheetWithTitleHeadingAndTableWhoseNumbersAreNumbers() throws IOException {
        try (XSSFWorkbook workbook = write(
                Section.builder("Headline figures", FIGURES).row("registered mentees", 4, null).row("messages per match", 1.5, null)
                        .row("mentees matched", 3, 4).build(),
                Section.builder("By school", List.of("school", "matched", "registered")).row("Arnold Academy", 2, 2).build())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Headline figures");
            assertThat(workbook.getSheetName(1)).isEqualTo("By school");
            XSSFSheet headline = workbook.getSheetAt(0);
            assertThat(cell(headline, 0, 0).getStringCellValue()).isEqualTo("Mentoring report");
            assertThat(cell(headline, 1, 0).getStringCellValue()).isEqualTo("Mentoring Lab · generated 22 Nov 2026, 14:05 UTC");
            assertThat(cell(headline, 2, 0).getStringCellValue()).isEqualTo("Headline figures");
            assertThat(headline.getRow(3) == null).as("a blank row between the heading and the table").isTrue();
            assertThat(List.of(cell(headline, 4, 0), cell(headline, 4, 1), cell(headline, 4, 2))).extracting(XSSFCell::getStringCellValue)
                    .containsExactly("figure", "value", "out of");

            assertThat(cell(headline, 5, 0).getStringCellValue()).isEqualTo("registered mentees");
            assertThat(cell(headline, 5, 1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(headline, 5, 1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(headline.getRow(5).getCell(2)).as("a blank cell is left empty").isNull();
            assertThat(cell(headline, 6, 1).getNumericCellValue()).isEqualTo(1.5);
            assertThat(cell(headline, 6, 1).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(cell(headline, 7, 2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(headline, 7, 2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(cell(workbook.getSheetAt(1), 5, 1).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void theTitleHeadingAndHeaderRowAreBoldAndTheRowsAreNot() throws IOException {
        try (XSSFWorkbook workbook = write(Section.builder("Matches", FIGURES).row("going on", 2, null).build())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(cell(sheet, 0, 0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(cell(sheet, 2, 0).getCellStyle().getFont().getBold()).isTrue();
            for (int c = 0; c < 3; c++) {
                assertThat(cell(sheet, 4, c).getCellStyle().getFont().getBold()).as("header cell " + c).isTrue();
            }
            assertThat(cell(sheet, 5, 0).getCellStyle().getFont().getBold()).isFalse();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("rows kept in view").isEqualTo((short) 5);
        }
    }

    @Test
    void columnsAreAsWideAsTheirTextWithinLimits() throws IOException {
        String longName = "The Royal Borough of Kensington and Chelsea Academy of Health Sciences, Sixth Form Centre";
        try (XSSFWorkbook workbook = write(Section.builder("By school", List.of("school", "n")).row("Arnold Academy", 2).row(longName, 1)
                .build())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            double school = sheet.getColumnWidth(0) / 256.0;
            double count = sheet.getColumnWidth(1) / 256.0;
            assertThat(count).as("a short column still fits a number").isBetween(8.0, 10.0);
            assertThat(school).as("wide for the long name, but capped").isBetween(59.0, 61.0);
            assertThat(cell(sheet, 6, 0).getCellStyle().getWrapText()).as("the text longer than the cap wraps").isTrue();
        }
    }

    @Test
    void namesInAnyAlphabetSurvive() throws IOException {
        try (XSSFWorkbook workbook = write(Section.builder("Mentors", List.of("name", "cost")).row("Zoë “Zed” Ørsted", 12.5)
                .row("Łukasz Żółć", null).row("李小龍", 3).build())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(List.of(cell(sheet, 5, 0), cell(sheet, 6, 0), cell(sheet, 7, 0))).extracting(XSSFCell::getStringCellValue)
                    .containsExactly("Zoë “Zed” Ørsted", "Łukasz Żółć", "李小龍");
        }
    }

    @Test
    void anEmptySectionSaysNoneYetInsteadOfAnEmptyTable() throws IOException {
        try (XSSFWorkbook workbook = write(Section.builder("Support types covered", List.of("support type", "covered", "asked")).build())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(cell(sheet, 4, 0).getStringCellValue()).isEqualTo("None yet");
            assertThat(sheet.getRow(4).getLastCellNum()).as("no header cells").isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void sheetNamesAreValidUniqueAndAtMost31Characters() throws IOException {
        try (XSSFWorkbook workbook = write(
                Section.builder("Mentees matched by borough or town, as given in the profile", FIGURES).build(),
                Section.builder("Mentees matched by borough or town, as given in the profile", FIGURES).build(),
                Section.builder("Q1/Q2: [draft] *cost*?", FIGURES).build(),
                Section.builder("'quoted'", FIGURES).build(),
                Section.builder("history", FIGURES).build(),
                Section.builder("Matches", FIGURES).build(),
                Section.builder("MATCHES", FIGURES).build())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Mentees matched by borough or", "Mentees matched by borough (2)", "Q1 Q2 draft cost",
                    "quoted", "history section", "Matches", "MATCHES (2)");
        }
    }

    @Test
    void aSheetNameIsNeverCutInsideACharacter() {
        Set<String> taken = new HashSet<>();
        assertThat(ReportXlsx.sheetName("Mentoring report for the teams😀", taken)).as("32 units: the emoji would be split")
                .isEqualTo("Mentoring report for the teams");
        assertThat(ReportXlsx.sheetName("Mentoring report for the team😀", taken)).as("31 units fit").isEqualTo("Mentoring report for the team😀");
    }
}
