/**
 * Moving in and out: imports a WordPress export (WXR 1.2) and exports everything Dateline
 * holds to the same format with Dateline's own extension namespace, which the importer
 * reads back losslessly. Both directions stream: the importer reads one channel element
 * at a time, the exporter reads the database a page at a time. See docs/export-format.md.
 */
package news.dateline.transfer;
