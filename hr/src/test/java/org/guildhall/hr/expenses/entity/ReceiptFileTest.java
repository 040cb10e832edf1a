package org.guildhall.hr.expenses.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.InvalidInput.Field;
import org.junit.jupiter.api.Test;

class ReceiptFileTest {

    static final byte[] PDF = "%PDF-1.7 receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    static final List<Integer> LINES = List.of(1, 2);

    static Field refusal(byte[] content, Integer line) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> ReceiptFile.accepted(content, line, LINES));
        assertEquals("The request has invalid fields.", refused.getMessage());
        assertEquals(1, refused.fields().size());
        return refused.fields().get(0);
    }

    @Test
    void pdf_png_and_jpeg_are_known_by_their_first_bytes() {
        assertEquals("application/pdf", ReceiptFile.accepted(PDF, 1, LINES));
        assertEquals("image/png", ReceiptFile.accepted(PNG, null, LINES));
        assertEquals("image/jpeg", ReceiptFile.accepted(JPEG, 2, LINES));
        assertEquals(new Field("file", "The receipt must be a PDF, PNG or JPEG file"), refusal("GIF89a".getBytes(), 1));
    }

    @Test
    void an_empty_or_too_large_file_is_refused_and_10_mb_is_allowed() {
        assertEquals(new Field("file", "Choose a receipt file"), refusal(new byte[0], 1));
        assertEquals("application/pdf", ReceiptFile.accepted(Arrays.copyOf(PDF, ReceiptFile.MAX_BYTES), 1, LINES));
        assertEquals(new Field("file", "The receipt must be 10 MB or smaller"), refusal(Arrays.copyOf(PDF, ReceiptFile.MAX_BYTES + 1), 1));
    }

    @Test
    void a_receipt_for_a_line_the_claim_does_not_have_is_refused() {
        assertEquals(new Field("line", "This claim has no line 3"), refusal(PDF, 3));
    }

    @Test
    void the_name_kept_has_no_control_characters_quotes_or_slashes_and_at_most_200_characters() {
        assertEquals("receipt", ReceiptFile.fileName(null));
        assertEquals("receipt", ReceiptFile.fileName("  "));
        assertEquals("a_b_c_d_.pdf", ReceiptFile.fileName(" a\"b/c\\d\n.pdf "));
        assertEquals(200, ReceiptFile.fileName("x".repeat(300)).length());
    }
}
