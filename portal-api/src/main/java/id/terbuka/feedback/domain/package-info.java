/**
 * The satisfaction answers, the checks of a submitted answer, the summary's shares and the
 * respondent token rule; nothing here reads or writes the database.
 */
package id.terbuka.feedback.domain;
