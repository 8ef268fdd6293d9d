/**
 * How a command's (or a parameter record's) fields are read from JSON when their Java type does not say it
 * all: the reader in ledger-app takes each record component as one field of the same name and reads it by its
 * type (String: identifier, BigDecimal: decimal, Instant: instant, Duration: ISO-8601 duration, Integer: whole
 * number); these annotations refine that reading and document it. The same declarations feed the API's
 * OpenAPI document, so the reader and the contract cannot drift apart. Plain annotations, no framework.
 */
package io.stakingledger.core.common.fields;
