/**
 * The statutory returns made from the record: the Children in Need census (export, the DfE's validation rules,
 * import) and Ofsted's Annex A lists. Nothing here is entered by hand: every return is a query over the journey
 * modules, so the figures leaders see all year are the ones the DfE and Ofsted receive.
 */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.returns;
