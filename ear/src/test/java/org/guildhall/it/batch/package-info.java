/** A test-only batch job added to the deployed WAR, to show where Jakarta Batch keeps its job repository. */
package org.guildhall.it.batch;
