package org.wayfinder.web.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Downloaded report files opened as their readers would: a workbook with Apache POI, a PDF with
 * PDFBox's text extraction. Used by tests that run as the client only, so it is not deployed.
 */
final class Exports {

    private Exports() {
    }

    /**
     * Each sheet by name, in order, as rows of cells: a number cell as a {@code Double}, text as a
     * {@code String}, an empty cell as {@code null}; a row ends at its last cell with a value.
     */
    static Map<String, List<List<Object>>> sheets(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
            for (Sheet sheet : workbook) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null || cell.getCellType() == CellType.BLANK ? null
                                : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue());
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF's text, lines in reading order, each stripped. */
    static List<String> pdfLines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).lines().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
