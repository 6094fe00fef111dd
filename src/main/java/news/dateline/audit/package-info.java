/**
 * The audit log: who did what to which thing, and when. Services write it in the same
 * transaction as the change they record; Administrators read it.
 */
package news.dateline.audit;
