/**
 * The satisfaction answers, the checks of a submitted answer, the summary's shares, the respondent
 * token rule and who may answer or read the report ({@code SatisfactionRules}); nothing here reads
 * or writes the database.
 */
package id.terbuka.feedback.domain;
