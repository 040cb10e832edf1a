/**
 * Server-rendered pages in the GOV.UK Design System's markup: plain servlets and logic-less Mustache templates, so
 * every page is ordinary HTML that works without JavaScript. Forms carry a per-session CSRF token.
 */
package org.guildhall.platform.pages;
