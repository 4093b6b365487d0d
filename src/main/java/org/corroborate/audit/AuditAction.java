package org.corroborate.audit;

/**
 * What an audit entry records. The audit log page names each in the page's language ({@code AccountTexts.action});
 * the API gives the constant.
 */
public enum AuditAction {
    ACCOUNT_CREATED,
    ROLES_CHANGED,
    PASSWORD_RESET,
    VERDICT_APPROVED,
    VERDICT_REJECTED,
    CLAIM_RETRACTED,
    CLAIMANTS_MERGED,
    CLAIMANT_PARTY_CHANGED,
    PASSWORD_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    TOKEN_CREATED,
    TOKEN_REVOKED
}
