/**
 * Red flags of contracting processes (issue 11, item 8): facts in the published OCDS that
 * journalists and auditors commonly look at twice, each explained in plain Indonesian and English
 * with its figures. A flag is a prompt to look, never a finding of wrongdoing; the texts say what
 * the data shows and nothing more.
 *
 * <p>{@link id.terbuka.contracts.flags.RedFlags} evaluates the compiled releases of all processes
 * at once (contract splitting compares processes); {@link id.terbuka.contracts.flags.FlagInput}
 * adds what a compiled release no longer holds, the contract values at signature ({@link
 * id.terbuka.contracts.flags.SignedContractValues}, from the process's releases). Pure code: no
 * database, no HTTP, no beans.
 */
package id.terbuka.contracts.flags;
