/**
 * Monitoring of the target model (мониторинг внедрения ЦМН): indicators computed from a snapshot
 * as of a date per organization and rolled up to municipality, region and territory, each number
 * traced to the records counted; the same numbers kept up to date from {@code Change}s or summed
 * over {@code PartitionedCheck} partitions; the region's monitoring checklist.
 *
 * <p>Start at {@link org.nastavnik.monitoring.Monitoring}.
 */
package org.nastavnik.monitoring;
