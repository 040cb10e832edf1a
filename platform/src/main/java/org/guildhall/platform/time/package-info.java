/** The clock the application reads time from, injectable so tests can fix it. */
package org.guildhall.platform.time;
