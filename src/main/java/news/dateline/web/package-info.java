/**
 * The public site for readers and commenters: home, article, section, author, tag and
 * source pages, and the "Leave a Reply" form. Controllers here bind and validate, call
 * one feature service and pick a view; they hold no business rule and touch no
 * repository.
 */
package news.dateline.web;
