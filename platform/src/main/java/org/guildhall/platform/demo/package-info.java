/**
 * The demo centre built on first start ({@code GUILDHALL_DEMO}, on by default): a group of a department and two
 * agencies with their people and a year of their activity, made through the services the API uses at the times it
 * happened, so that it obeys every rule and the centre's measures and charts have something to show.
 */
package org.guildhall.platform.demo;
