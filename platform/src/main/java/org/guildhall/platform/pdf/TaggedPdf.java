package org.guildhall.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * An A4 document written top to bottom whose every piece of text is tagged for screen readers: headings, paragraphs and
 * tables (rows, header cells with their scope, data cells) in a structure tree, each piece of text marked with its
 * content id and found again through the parent tree, rules marked as artifacts, the language and title set and shown.
 * The text is in Liberation Sans, which PDFBox's jar carries, embedded as a subset with its Unicode map, so it can be
 * selected, searched and read aloud. A table that does not fit goes on over the next page.
 */
public final class TaggedPdf {

    private static final byte[] FONT = font();
    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN;
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    /** A table's column: where it starts (from the left margin), how wide it is, and whether its text is right-aligned. */
    public record Column(float x, float width, boolean right) {
    }

    /** A table's row: the first cell is a row header when the table has row headers; a strong row is drawn in bold. */
    public record Row(List<String> cells, boolean strong) {
        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }
    }

    private final PDDocument document = new PDDocument();
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final PDType0Font font;
    private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
    private final PDStructureElement root;
    private final List<COSArray> parents = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    public TaggedPdf(String title) {
        try {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT));
            ttf.setEnableGsub(false); // no ligatures, which only slow every line down and make copied text harder to search
            cmap = ttf.getUnicodeCmapLookup();
            font = PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en-GB");
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setStructureTreeRoot(tree);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Guildhall");
        root = new PDStructureElement("Document", tree);
        tree.appendKid(root);
        newPage();
    }

    public void heading(String text, int level) {
        float size = level == 1 ? 18 : 13;
        room(size * 2.2f);
        y -= level == 1 ? size : size * 1.4f;
        show(element(root, "H" + level), text, 0, size, true, false);
        y -= size * 0.6f;
    }

    public void paragraph(String text) {
        room(16);
        y -= 11;
        show(element(root, "P"), text, 0, 10, false, false);
        y -= 5;
    }

    /**
     * A table: its column headers (scope column) if {@code headers} is not empty, then its rows, the first cell of
     * each a row header (scope row) when {@code rowHeaders}. Empty cells are tagged cells with nothing in them.
     */
    public void table(List<Column> columns, List<String> headers, List<Row> rows, boolean rowHeaders) {
        PDStructureElement table = element(root, "Table");
        float rowHeight = 15;
        if (!headers.isEmpty()) {
            room(rowHeight * 2);
            y -= rowHeight;
            PDStructureElement tr = element(table, "TR");
            for (int c = 0; c < columns.size(); c++) {
                PDStructureElement th = header(tr, PDTableAttributeObject.SCOPE_COLUMN);
                cell(th, headers.get(c), columns.get(c), 9, true);
            }
            rule(y - 4, 0.75f);
        }
        for (Row row : rows) {
            if (room(rowHeight + 4)) {
                rule(y, 0.25f);
            }
            y -= rowHeight;
            PDStructureElement tr = element(table, "TR");
            for (int c = 0; c < columns.size(); c++) {
                PDStructureElement cell = c == 0 && rowHeaders ? header(tr, PDTableAttributeObject.SCOPE_ROW) : element(tr, "TD");
                cell(cell, row.cells().get(c), columns.get(c), 10, row.strong() || c == 0 && rowHeaders);
            }
            rule(y - 4, 0.25f);
        }
        y -= 6;
    }

    /** The document, saved. */
    public byte[] finish() {
        try {
            content.close();
            COSArray nums = new COSArray();
            for (int p = 0; p < parents.size(); p++) {
                nums.add(COSInteger.get(p));
                nums.add(parents.get(p));
            }
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, nums);
            tree.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
            tree.setParentTreeNextKey(parents.size());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(24 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    private void close() {
        try {
            document.close();
            ttf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDStructureElement element(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    private PDStructureElement header(PDStructureElement row, String scope) {
        PDStructureElement th = element(row, "TH");
        PDTableAttributeObject attributes = new PDTableAttributeObject();
        attributes.setScope(scope);
        th.addAttribute(attributes);
        return th;
    }

    /** A cell's text, made smaller (down to 5 points) when it is too wide for its column, so it never runs into the next. */
    private void cell(PDStructureElement cell, String text, Column column, float size, boolean bold) {
        if (text != null && !text.isEmpty()) {
            float width = width(printable(text), size);
            float fitted = width <= column.width() - 6 ? size : Math.max(5, size * (column.width() - 6) / width);
            show(cell, text, column.right() ? column.x() + column.width() : column.x(), fitted, bold, column.right());
        }
    }

    private float width(String shown, float size) {
        try {
            return font.getStringWidth(shown) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows text at the current line as the element's marked content, with its id in the page's parent tree entry. */
    private void show(PDStructureElement element, String text, float x, float size, boolean bold, boolean right) {
        String shown = printable(text);
        COSArray marked = parents.get(parents.size() - 1);
        int mcid = marked.size();
        try {
            float left = MARGIN + (right ? x - width(shown, size) : x);
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
            content.beginText();
            content.setFont(font, size);
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth(size / 28);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(left, y);
            content.showText(shown);
            content.endText();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (element.getPage() == null || !element.getPage().getCOSObject().equals(page.getCOSObject())) {
            element.setPage(page);
        }
        element.appendKid(mcid);
        marked.add(element);
    }

    private void rule(float at, float width) {
        try {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setLineWidth(width);
            content.moveTo(MARGIN, at);
            content.lineTo(MARGIN + WIDTH, at);
            content.stroke();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page when {@code height} does not fit on this one; true if it did. */
    private boolean room(float height) {
        if (y - height >= BOTTOM) {
            return false;
        }
        newPage();
        return true;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PDRectangle.A4);
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, parents.size());
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            document.addPage(page);
            parents.add(new COSArray());
            content = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with control characters and anything the font has no glyph for replaced by a question mark. */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || cmap.getGlyphId(c) == 0) {
                shown.append(Character.isWhitespace(c) ? ' ' : '?');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static byte[] font() {
        try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's jar no longer carries Liberation Sans");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
