package org.guildhall.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRepositoryTest {

    @Test
    void separatorsInsideValuesAreEscapedForAsadminsPropertyList() {
        assertEquals("jdbc\\:postgresql\\://db\\:5432/g?ssl\\=true", BatchRepository.escape("jdbc:postgresql://db:5432/g?ssl=true"));
        assertEquals("pa\\\\ss\\:w\\=rd", BatchRepository.escape("pa\\ss:w=rd"));
    }

    @Test
    void valuesACommandFileCannotCarryAreRefusedRatherThanMangled() {
        assertThrows(IllegalArgumentException.class, () -> BatchRepository.escape("two words"));
        assertThrows(IllegalArgumentException.class, () -> BatchRepository.escape(""));
        assertThrows(IllegalArgumentException.class, () -> BatchRepository.escape(null));
    }

    @Test
    void theCommandsMakeThePoolTheBatchRuntimesDataSource() {
        String commands = BatchRepository.commands("jdbc:postgresql://localhost:5432/guildhall", "guildhall_app", "secret");
        List<String> lines = commands.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("create-jdbc-connection-pool "));
        assertTrue(lines.get(0).contains("--property url=jdbc\\:postgresql\\://localhost\\:5432/guildhall:user=guildhall_app:password=secret "));
        assertEquals("create-jdbc-resource --connectionpoolid=guildhall-batch-pool jdbc/guildhall-batch", lines.get(1));
        assertEquals("set-batch-runtime-configuration --datasourcelookupname=jdbc/guildhall-batch", lines.get(2));
    }

    @Test
    void theCommandFileHoldsAPasswordSoOnlyItsOwnerMayReadIt(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("batch.asadmin");
        List<String> options = BatchRepository.microOptions(file, "jdbc:postgresql://localhost/guildhall", "app", "secret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of("--addlibs", "--prebootcommandfile", "--postbootcommandfile", file.toString()),
                List.of(options.get(0), options.get(2), options.get(4), options.get(5)));
        assertTrue(options.get(1).contains("postgresql"), options.get(1));
        assertEquals(BatchRepository.HIDE_SERVER, Files.readString(Path.of(options.get(3))),
                "the listener's settings before boot: set after it, they restart the listener, which may then bind another port");
        assertFalse(Files.readString(file).contains("server-header"));
    }
}
