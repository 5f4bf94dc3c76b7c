/**
 * The Claimtrail pipeline as an Apache Spark job: {@link org.claimtrail.spark.SparkJob} runs the
 * same stage code as the CLI in each partition and writes Parquet tables; {@link
 * org.claimtrail.spark.SparkLinker} links the whole corpus with the single-machine linker's own
 * signatures and rules; {@link org.claimtrail.spark.ParquetLoader} loads the results into a store.
 */
package org.claimtrail.spark;
