/** Notices to people, fired by features and delivered in-app and by email. */
package org.guildhall.platform.notice;
