package org.corroborate.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.corroborate.audit.AuditAction;

/**
 * The words of the account pages (sign-in, set-up, one's own account, user admin, the audit log), the work queues,
 * the error page and the pagers, as {@code {accounts:…}} in templates and through {@code Texts.of} for the flash
 * messages and page texts Java composes. English is here; Dari and Pashto are in
 * {@code messages/accounts_fa-AF.properties} and {@code accounts_ps-AF.properties}. Messages hold no markup: a
 * sentence around a {@code <code>}, {@code <bdi>} or {@code <strong>} is split around it.
 */
@MessageBundle(value = "accounts", locale = "en")
public interface AccountTexts {

    // fields and table columns several pages share

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("Lower-case letters, digits, '.', '_' and '-'")
    String usernameHint();

    @Message("At least 10 characters; not the username, nor a common password")
    String passwordHint();

    @Message("Roles")
    String roles();

    @Message("Name")
    String name();

    @Message("Created")
    String created();

    // the login page and the set-up of the first admin

    @Message("Sign in")
    String signIn();

    @Message("Too many failed sign-ins for this account or from your network.")
    String tooManyFailedSignIns();

    @Message("Nothing is locked for good: after the wait, sign in as usual, or ask an admin to reset your password.")
    String nothingIsLockedForGood();

    @Message("Try again in 1 second.")
    String tryAgainInASecond();

    @Message("Try again in {seconds} seconds.")
    String tryAgainInSeconds(String seconds);

    @Message("Try again in {minutes} minutes.")
    String tryAgainInMinutes(String minutes);

    @Message("Wrong username or password.")
    String wrongUsernameOrPassword();

    @Message("Try again.")
    String tryAgain();

    @Message("Set up Corroborate")
    String setUp();

    @Message("No account exists yet. Create the first admin; this page disappears once it exists.")
    String setUpIntro();

    @Message("Password again")
    String passwordAgain();

    @Message("Create the admin")
    String createTheAdmin();

    @Message("The admin account {username} is ready. Sign in with it.")
    String adminReady(String username);

    @Message("Set-up is done: sign in instead.")
    String setUpIsDone();

    // one's own account: API tokens and the password

    @Message("Your account")
    String yourAccount();

    @Message("Signed in as {username}.")
    String signedInAs(String username);

    @Message("API tokens")
    String apiTokens();

    @Message("A script signs in to the API with a token:")
    String tokensIntro();

    /** Followed by the read scope's name, then {@link #tokensRolesAfter}. */
    @Message(". A token acts with your roles; a")
    String tokensRolesBefore();

    @Message("token may only read. Revoke a token as soon as you no longer need it or it may have leaked.")
    String tokensRolesAfter();

    /** A token's scope as the pages name it: "read", "write". */
    @Message("{scope}")
    String scope(String scope);

    /** Followed by the token's name. */
    @Message("Your new token")
    String yourNewToken();

    @Message("Copy it now: it is shown only this once. Anyone who has it can act as you with the {scope} scope.")
    String copyItNow(String scope);

    @Message("Token")
    String token();

    @Message("{count} tokens")
    String tokenCount(String count);

    @Message("Scope")
    String scopeColumn();

    @Message("Expires")
    String expires();

    @Message("Last used")
    String lastUsed();

    @Message("State")
    String state();

    @Message("never")
    String never();

    @Message("revoked {at}")
    String revokedAt(String at);

    @Message("expired")
    String expired();

    @Message("Revoke")
    String revoke();

    @Message("Revoke the token {name}")
    String revokeTheToken(String name);

    @Message("You have no tokens.")
    String noTokens();

    @Message("New token")
    String newToken();

    @Message("What uses it, e.g. nightly import")
    String tokenNameHint();

    @Message("Optional: the day it stops working (UTC)")
    String expiresHint();

    @Message("Create the token")
    String createTheToken();

    @Message("Revoked the token {name}. It no longer signs in.")
    String tokenRevoked(String name);

    @Message("Change your password")
    String changeYourPassword();

    @Message("Current password")
    String currentPassword();

    @Message("New password")
    String newPassword();

    @Message("At least 10 characters; not your username, nor a common password")
    String newPasswordHint();

    @Message("New password again")
    String newPasswordAgain();

    @Message("Your sign-ins in other browsers end; your API tokens stay.")
    String otherSignInsEnd();

    @Message("Change the password")
    String changeThePassword();

    @Message("Changed your password. Your other sign-ins have ended.")
    String passwordChanged();

    // user admin

    @Message("Audit log")
    String auditLog();

    /** Follows the link to the audit log. */
    @Message(": who changed which account, and every editor decision. A disabled account cannot sign in and its sessions and API tokens stop; its name stays on what it wrote. A password reset also revokes the account's API tokens.")
    String usersIntro();

    @Message("{count} accounts")
    String accountCount(String count);

    @Message("Change roles")
    String changeRoles();

    @Message("Reset password")
    String resetPassword();

    @Message("Account")
    String account();

    @Message("disabled")
    String disabled();

    @Message("Roles of {username}")
    String rolesOf(String username);

    @Message("Save roles")
    String saveRoles();

    @Message("New password for {username}")
    String newPasswordFor(String username);

    @Message("Set password")
    String setPassword();

    @Message("Disable")
    String disable();

    @Message("Enable")
    String enable();

    @Message("Disable {username}")
    String disableUser(String username);

    @Message("Enable {username}")
    String enableUser(String username);

    @Message("Create a user")
    String createAUser();

    @Message("Create the user")
    String createTheUser();

    @Message("Created the account {username}.")
    String accountCreated(String username);

    @Message("Changed the roles of {username} to {roles}.")
    String rolesChanged(String username, String roles);

    @Message("Set a new password for {username}. Their sign-ins have ended; tell them the new password in person.")
    String passwordSet(String username);

    @Message("Enabled the account {username}.")
    String accountEnabled(String username);

    @Message("Disabled the account {username}: its sign-ins, sessions and API tokens have stopped.")
    String accountDisabled(String username);

    // the audit log

    @Message("Account changes and editor decisions, newest first: {count} entries. Entries are never changed or removed.")
    String auditIntro(String count);

    @Message("When")
    String when();

    @Message("Who")
    String who();

    @Message("What")
    String what();

    @Message("On")
    String on();

    @Message("Detail")
    String detail();

    /** What an audit entry records: English in accounts_en.properties (one key per constant, Qute's rule). */
    String action(AuditAction action);

    // the work queues and the workflow's flash messages

    @Message("Claims waiting for my vote")
    String claimsWaitingForMyVote();

    @Message("Open or proposed claims you have not reviewed yet, oldest first.")
    String reviewsIntro();

    @Message("Nothing is waiting for your vote.")
    String nothingIsWaitingForYourVote();

    @Message("Verdicts waiting for approval")
    String verdictsWaitingForApproval();

    @Message("Proposed verdicts, oldest first. You cannot approve a verdict you proposed or a claim you alone reviewed.")
    String decisionsIntro();

    /** Followed by the verdict, then {@link #proposedBy} and who proposed it. */
    @Message("proposed")
    String proposedVerdict();

    @Message("by")
    String proposedBy();

    @Message("No verdict is waiting.")
    String noVerdictIsWaiting();

    @Message("Proposed {verdict}. An editor decides next.")
    String verdictProposed(String verdict);

    @Message("Approved: the claim is published.")
    String approved();

    @Message("Rejected: the claim is open again.")
    String rejected();

    @Message("Retracted: consumers see the claim as withdrawn.")
    String retracted();

    // pagers

    @Message("Pages")
    String pages();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Page {page} of {count}")
    String pageOf(String page, String count);

    @Message("Previous page")
    String previousPage();

    @Message("Next page")
    String nextPage();

    @Message("Page {page}")
    String page(String page);

    // the error page, and the refusals it shows that the error mapping itself words (the JSON API keeps English)

    @Message("Not found")
    String titleNotFound();

    @Message("Not allowed")
    String titleNotAllowed();

    @Message("Refused")
    String titleRefused();

    @Message("not found")
    String headingNotFound();

    @Message("not allowed")
    String headingNotAllowed();

    @Message("refused")
    String headingRefused();

    @Message("Rules not met yet:")
    String rulesNotMetYet();

    @Message("Back to the dashboard")
    String backToTheDashboard();
}
