package org.guildhall.platform.tenancy;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Superclass of every entity that belongs to one tenant. The {@code tenant_id} column is filled and filtered by
 * EclipseLink from the persistence context's tenant; it is never a field the code can set.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", length = 32, contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public abstract class TenantScoped {
}
