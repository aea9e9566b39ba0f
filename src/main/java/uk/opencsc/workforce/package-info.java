/** The workforce: what kind of work each team does, workers' employment, each child's allocation to a worker, and the children waiting for one. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.workforce;
