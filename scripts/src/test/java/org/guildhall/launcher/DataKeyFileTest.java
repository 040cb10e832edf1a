package org.guildhall.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeyFileTest {

    @Test
    void theKeyIsCreatedOnceOwnerOnlyAndKeptAcrossRestarts(@TempDir Path data) throws Exception {
        Path file = data.resolve("nested").resolve("data-key");
        String first = DataKeyFile.readOrCreate(file);
        assertEquals(32, Base64.getDecoder().decode(first).length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first, DataKeyFile.readOrCreate(file));
    }
}
