/**
 * The satisfaction use cases: answering about a dataset one may read, the public summary, and the
 * private report for those who may edit the dataset.
 */
package id.terbuka.feedback.service;
