/**
 * Integration tests: the assembled ROOT.war deployed on real Payara Micro (Arquillian, managed) against a real
 * PostgreSQL, exercised over HTTP and in headless Chromium as clients would.
 */
package org.guildhall.it;
