/** Who may use OpenCSC and what each may read and change: users, roles, scopes, restricted records and sign-in. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.access;
