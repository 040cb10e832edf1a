package org.guildhall.hr.expenses.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.guildhall.platform.domain.InvalidInput;

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

    /**
     * The media type of a file that may be kept as a receipt for line {@code lineNo} (null: the claim as a whole) of a
     * claim with {@code lineNos}; refuses an empty or too large file, one that is no PDF, PNG or JPEG, and a line the
     * claim does not have.
     */
    public static String accepted(byte[] content, Integer lineNo, Collection<Integer> lineNos) {
        if (content.length == 0) {
            throw invalid("file", "Choose a receipt file");
        }
        if (content.length > MAX_BYTES) {
            throw invalid("file", "The receipt must be 10 MB or smaller");
        }
        String mediaType = mediaType(content).orElseThrow(() -> invalid("file", "The receipt must be a PDF, PNG or JPEG file"));
        if (lineNo != null && !lineNos.contains(lineNo)) {
            throw invalid("line", "This claim has no line " + lineNo);
        }
        return mediaType;
    }

    /** The name a receipt is kept under: what was sent, without control characters, quotes or slashes, at most 200 characters. */
    public static String fileName(String sent) {
        String name = sent == null || sent.isBlank() ? "receipt" : sent.strip().replaceAll("[\\p{Cntrl}\"\\\\/]", "_");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field(field, message)));
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
