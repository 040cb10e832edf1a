/**
 * The centre's pages of the service measures (operators): each measure's spread across tenants as a box plot, and one
 * tenant's figure over twelve months as a line, both drawn on the server as SVG beside a table of the same figures, so
 * they need no script, print, and read out to a screen reader.
 */
package org.guildhall.platform.measure.pages;
