package org.guildhall.payroll.run.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PayslipPdfTest {

    static PayslipView slip(String name, List<PayslipView.LineView> extra) {
        List<PayslipView.LineView> lines = new ArrayList<>();
        lines.add(new PayslipView.LineView("SALARY", "Salary", null, null, "3000.00"));
        lines.add(new PayslipView.LineView("OVERTIME", "Overtime, 10.5 hours at 25.1234", "10.5", "25.1234", "263.80"));
        lines.addAll(extra);
        lines.add(new PayslipView.LineView("EXPENSES", "Expenses repaid, claim 7", null, null, "42.10"));
        lines.add(new PayslipView.LineView("TAX", "Income tax", null, null, "-443.20"));
        lines.add(new PayslipView.LineView("EMPLOYEE_NI", "National Insurance", null, null, "-178.24"));
        lines.add(new PayslipView.LineView("PENSION", "Pension contribution", null, null, "-150.00"));
        return new PayslipView(12, "Department of Examples", "E1", name, "******56C", "1257L", "A", "2026-11-30",
                new PayslipView.PeriodView("2026-27", 8, "MONTHLY", "2026-11-01", "2026-11-30"), lines,
                "3263.80", "3113.80", "443.20", "178.24", "402.57", "0.00", "0.00", "150.00", "854.40", "42.10", "0.00", "2534.46",
                new PayslipView.YearToDate("26110.40", "24910.40", "3545.60", "1425.92", "3220.56", "0.00", "0.00", "1200.00", "6835.20"));
    }

    @Test
    void aNormalPayslipIsOneTaggedA4PageWhoseTextCanBeSelected() throws IOException {
        byte[] bytes = PayslipPdf.of(slip("Ada Lovelace", List.of()));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle a4 = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), a4.getWidth(), 0.1);
            assertEquals(PDRectangle.A4.getHeight(), a4.getHeight(), 0.1);
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Payslip for Ada Lovelace, paid 30 November 2026", pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            for (PDFont font : fonts(pdf.getPage(0))) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }

            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Payslip", "Department of Examples", "Ada Lovelace, number E1", "Pay date 30 November 2026",
                    "Period 8 (monthly), 2026-27: 1 November 2026 to 30 November 2026", "Tax code 1257L",
                    "Number ******56C, category letter A", "Overtime, 10.5 hours at 25.1234 10.5 £25.1234 £263.80",
                    "Salary £3,000.00", "Expenses repaid, claim 7 £42.10", "Total payments £3,305.90", "Income tax £443.20",
                    "National Insurance £178.24", "Pension contribution £150.00", "Total deductions £771.44", "Net pay £2,534.46",
                    "Employer pension contribution £854.40 £6,835.20", "Employer National Insurance £402.57 £3,220.56",
                    "Gross pay £3,263.80 £26,110.40")) {
                assertTrue(text.contains(expected), "'" + expected + "' in\n" + text);
            }
            assertFalse(text.contains("Student loan"), "a loan nobody repays is left off");
            assertFalse(text.contains("QQ"), "the NI number is masked");

            List<String> structure = new ArrayList<>();
            walk(pdf.getDocumentCatalog().getStructureTreeRoot(), structure);
            assertEquals("Document", structure.get(0));
            assertEquals("H1", structure.get(1));
            assertTrue(structure.contains("Table") && structure.contains("TR") && structure.contains("TH") && structure.contains("TD"), structure.toString());
            assertEquals(3, structure.stream().filter("H2"::equals).count(), structure.toString());

            COSDictionary parentTree = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
            COSArray nums = parentTree.getCOSArray(COSName.NUMS);
            assertEquals(0, pdf.getPage(0).getStructParents());
            COSArray marked = (COSArray) nums.getObject(1);
            assertTrue(marked.size() > 40, "every piece of text is marked: " + marked.size());
            for (COSBase element : marked) {
                assertTrue(element instanceof COSDictionary || element instanceof org.apache.pdfbox.cos.COSObject, "a structure element per marked text");
            }
        }
    }

    @Test
    void aLongPayslipGoesOnOverMorePagesAndAnUnprintableNameStillPrints() throws IOException {
        List<PayslipView.LineView> items = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            items.add(new PayslipView.LineView("ALLOWANCE", "Allowance " + i, null, null, "1.00"));
        }
        byte[] bytes = PayslipPdf.of(slip("Zoë 张伟\u0007", items));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            assertEquals(1, pdf.getPage(1).getStructParents());
            String text = new PDFTextStripper().getText(pdf);
            for (int i = 1; i <= 60; i++) {
                assertTrue(text.contains("Allowance " + i + " £1.00"), "allowance " + i);
            }
            assertTrue(text.contains("Employee Zoë ???, number E1"), text);
            assertTrue(text.contains("Net pay £2,534.46"));
        }
    }

    @Test
    void moneyAndRatesReadAsPounds() {
        assertEquals("£1,234.50", PayslipPdf.money("1234.5"));
        assertEquals("-£0.01", PayslipPdf.money("-0.01"));
        assertEquals("£25.00", PayslipPdf.rate("25"));
        assertEquals("£25.1234", PayslipPdf.rate("25.1234"));
        assertEquals("payslip-E_1-2026-11-30.pdf", PayslipPdf.fileName(new PayslipView(1, "", "E/1", "", "", "", "", "2026-11-30",
                null, List.of(), "", "", "", "", "", "", "", "", "", "", "", "", null)));
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        assertFalse(fonts.isEmpty());
        return fonts;
    }

    private static void walk(PDStructureNode node, List<String> types) {
        if (node instanceof PDStructureElement element) {
            types.add(element.getStructureType());
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                walk(child, types);
            }
        }
    }
}
