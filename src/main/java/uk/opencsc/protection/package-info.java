/** Child protection: strategy discussions, section 47 enquiries, initial conferences and child protection plans with their core groups, reviews, visits and protective orders. */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.protection;
