package org.guildhall.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API of every module; resources in any module's jar are found by scanning. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
