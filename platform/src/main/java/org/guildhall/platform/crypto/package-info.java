/** Encrypting sensitive fields (bank details) at rest with the deployment's data key. */
package org.guildhall.platform.crypto;
