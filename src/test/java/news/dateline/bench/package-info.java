/**
 * The benchmark's data generator: fills a database with a realistic newsroom archive at a
 * chosen scale, straight into the Flyway schema with batched JDBC inserts. Test code, so
 * the production jar does not carry it; {@code bench/generate.sh} runs it (see
 * {@code bench/README.md}).
 */
package news.dateline.bench;
