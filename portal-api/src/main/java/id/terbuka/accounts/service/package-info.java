/**
 * The sysadmins' account use cases, each in one transaction with its activity, through identity's
 * {@code UserService} and audit's {@code ActivityLog}; and a user's activity stream.
 */
package id.terbuka.accounts.service;
