/**
 * Demo content: the sample article, sections, bylines, sources, about sixty stories and a
 * comment thread, loaded once on the first start when {@code dateline.demo.enabled} is
 * true.
 */
package news.dateline.demo;
