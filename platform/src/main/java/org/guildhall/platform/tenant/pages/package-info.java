/** The shared service centre's console home (operators): every tenant with its group and status, and the ways on. */
package org.guildhall.platform.tenant.pages;
