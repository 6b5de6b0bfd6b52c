/**
 * The reports' use cases: they read other capabilities' services (catalogue facts, budget
 * publications, contracting stages, Dasa Wisma's published figures), never their persistence, and
 * apply the rules of {@code reports.domain}. Only public data: active, non-private datasets and the
 * already published budget, contract and Dasa Wisma figures.
 */
package id.terbuka.reports.service;
