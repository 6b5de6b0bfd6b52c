/**
 * The pages' languages: which one a request gets ({@link id.terbuka.web.i18n.LanguageChoice}), the
 * interface texts from UTF-8 resource bundles ({@link id.terbuka.web.i18n.Messages}) and the
 * formatting of dates (WIB), numbers, rupiah and sizes ({@link id.terbuka.web.i18n.Formats}). Knows
 * nothing of servlets or the catalogue.
 */
package id.terbuka.web.i18n;
