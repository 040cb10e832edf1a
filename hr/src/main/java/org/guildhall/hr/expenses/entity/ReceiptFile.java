package org.guildhall.hr.expenses.entity;

import java.util.Optional;

/**
 * What a receipt file really is, by its first bytes, whatever its name says: a PDF ({@code %PDF-}), a PNG (its
 * eight-byte signature) or a JPEG ({@code FF D8 FF}). Anything else is not accepted as a receipt.
 */
public final class ReceiptFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ReceiptFile() {
    }

    /** The media type the content is, when it is one a receipt may be. */
    public static Optional<String> mediaType(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
