/**
 * Tags: the topics that cut across sections (north-korea, elections ...).
 */
package news.dateline.tag;
