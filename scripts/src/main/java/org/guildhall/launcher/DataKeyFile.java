package org.guildhall.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The data key for a local run when GUILDHALL_DATA_KEY is not given: 32 random bytes kept, readable by the owner only,
 * beside the data they protect. Losing the file loses the encrypted fields; a real deployment sets the key from its
 * secret store instead.
 */
final class DataKeyFile {

    private DataKeyFile() {
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        Files.createDirectories(file.getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String text = Base64.getEncoder().encodeToString(key);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return text;
    }
}
