/**
 * Tests that run several Dateline nodes against one database and check they agree.
 */
package news.dateline.cluster;
