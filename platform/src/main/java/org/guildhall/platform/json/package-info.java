/** JSON-P through a provider looked up once. */
package org.guildhall.platform.json;
