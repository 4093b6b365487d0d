package org.corroborate.audit;

/** What an audit entry records. */
public enum AuditAction {
    ACCOUNT_CREATED("Account created"),
    ROLES_CHANGED("Roles changed"),
    PASSWORD_RESET("Password reset"),
    VERDICT_APPROVED("Verdict approved"),
    VERDICT_REJECTED("Verdict rejected"),
    CLAIM_RETRACTED("Claim retracted"),
    CLAIMANTS_MERGED("Claimants merged"),
    CLAIMANT_PARTY_CHANGED("Claimant's party flag changed"),
    PASSWORD_CHANGED("Password changed by its owner"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    TOKEN_CREATED("API token created"),
    TOKEN_REVOKED("API token revoked");

    public final String label;

    AuditAction(String label) {
        this.label = label;
    }
}
