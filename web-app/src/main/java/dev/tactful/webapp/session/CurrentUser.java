package dev.tactful.webapp.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import dev.tactful.webapp.account.Account;
import dev.tactful.webapp.api.Bearer;

/** The signed-in candidate of this request, set by {@link SessionFilter} for every page that needs one. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    private Account account;
    private String token;
    private String jti;

    void set(Account account, String token, String jti) {
        this.account = account;
        this.token = token;
        this.jti = jti;
    }

    public boolean signedIn() {
        return account != null;
    }

    /** For the page header: the name from the settings, else the sign-in address. */
    public String displayName() {
        if (account == null) {
            return "";
        }
        return account.name == null || account.name.isBlank() ? account.signInEmail : account.name;
    }

    public Account account() {
        if (account == null) {
            throw new IllegalStateException("No signed-in candidate on this request");
        }
        return account;
    }

    public String candidateId() {
        return account().id;
    }

    /** The Authorization header for the services: the session's own token, unchanged. */
    public String bearer() {
        account();
        return Bearer.of(token);
    }

    public String jti() {
        return jti;
    }
}
