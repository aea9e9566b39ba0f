/** What every module shares: the embedded database, the web layout and error pages, the jar's commands. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.opencsc.platform;
