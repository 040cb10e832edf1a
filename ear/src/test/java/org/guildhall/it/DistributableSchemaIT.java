package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema is ready to be distributed by tenant (issue 21, Citus): in every table with a {@code tenant_id} column,
 * the primary key, every unique constraint or index, and every foreign key to another such table include
 * {@code tenant_id}, so that each can hold on one tenant's shard alone. Read from PostgreSQL's catalogue of the
 * schema the deployment migrated.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistributableSchemaIT {

    private static final String TENANT_TABLES = """
            with tenant_tables as (
              select c.oid, n.nspname || '.' || c.relname as name from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
              where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
            )
            """;

    @Test
    void everyKeyOfTenantDataIncludesTheTenant() throws Exception {
        try (Connection owner = TestDatabase.asOwner()) {
            owner.setAutoCommit(false);
            // first, that the check sees a breach: two tables made to break it, in this transaction only
            try (Statement sql = owner.createStatement()) {
                sql.execute("create temporary table probe_parent (tenant_id varchar(32) not null, id bigint primary key)");
                sql.execute("create temporary table probe_child (tenant_id varchar(32) not null, id bigint, parent bigint "
                        + "references probe_parent (id), primary key (tenant_id, id))");
            }
            List<String> probed = broken(owner);
            assertTrue(probed.stream().anyMatch(b -> b.contains("probe_parent unique index") && b.contains("leaves out tenant_id")), probed.toString());
            assertTrue(probed.stream().anyMatch(b -> b.contains("probe_child foreign key")), probed.toString());
            owner.rollback();

            assertEquals(List.of(), broken(owner), "tenant tables whose keys would span shards");
            List<String> tables = tenantTables(owner);
            assertTrue(tables.size() >= 40, "the catalogue read finds the tenant tables: " + tables);
            // what the README's Citus statements are made from
            System.out.println("DistributableSchemaIT: " + tables.size() + " tenant tables: " + String.join(" ", tables));
            owner.rollback();
        }
    }

    private static List<String> tenantTables(Connection connection) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(TENANT_TABLES + "select name from tenant_tables order by name")) {
            while (row.next()) {
                tables.add(row.getString(1));
            }
        }
        return tables;
    }

    /** Each tenant table's key that leaves out tenant_id, in words. */
    private static List<String> broken(Connection connection) throws Exception {
        List<String> broken = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(TENANT_TABLES + """
                select t.name, 'has no primary key' from tenant_tables t
                where not exists (select 1 from pg_index i where i.indrelid = t.oid and i.indisprimary)
                union all
                select t.name, 'unique index ' || i.indexrelid::regclass::text || ' leaves out tenant_id'
                from tenant_tables t join pg_index i on i.indrelid = t.oid
                where i.indisunique and not exists (select 1 from pg_attribute a where a.attrelid = t.oid
                  and a.attname = 'tenant_id' and a.attnum = any(i.indkey))
                union all
                select t.name, 'foreign key ' || k.conname || ' to ' || k.confrelid::regclass::text || ' leaves out tenant_id'
                from tenant_tables t join pg_constraint k on k.conrelid = t.oid and k.contype = 'f'
                where k.confrelid in (select oid from tenant_tables)
                  and (not exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'tenant_id'
                         and a.attnum = any(k.conkey))
                    or not exists (select 1 from pg_attribute a where a.attrelid = k.confrelid and a.attname = 'tenant_id'
                         and a.attnum = any(k.confkey)))
                order by 1, 2""")) {
            while (row.next()) {
                broken.add(row.getString(1) + " " + row.getString(2));
            }
        }
        return broken;
    }
}
