package dev.bastion.adapters.rest.identity.signin;

import dev.bastion.adapters.rest.identity.IdentityDtoMapper;
import dev.bastion.adapters.rest.identity.ProfileFields;
import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.identity.sessions.SessionResponse;
import dev.bastion.adapters.rest.security.AccessTokens;
import dev.bastion.adapters.rest.security.Caller;
import dev.bastion.adapters.rest.security.ClientAddresses;
import dev.bastion.application.identity.signin.ChangeOwnPassword;
import dev.bastion.application.identity.signin.GetCurrentUser;
import dev.bastion.application.identity.sessions.ListOwnSessions;
import dev.bastion.application.identity.signin.LogIn;
import dev.bastion.application.identity.signin.LogOut;
import dev.bastion.application.identity.signin.RefreshSession;
import dev.bastion.application.identity.sessions.SignOutOtherSessions;
import dev.bastion.application.identity.signin.SignedIn;
import dev.bastion.application.identity.signin.UpdateOwnProfile;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Sign-in, tokens and the caller's own account and sessions (docs/api.md, "Resources": sign-in and self). */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class AuthController {

    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final GetCurrentUser currentUser;
    private final ChangeOwnPassword changeOwnPassword;
    private final UpdateOwnProfile updateOwnProfile;
    private final ListOwnSessions ownSessions;
    private final SignOutOtherSessions signOutOthers;
    private final AccessTokens accessTokens;
    private final ClientAddresses clients;
    private final IdentityDtoMapper mapper;

    AuthController(LogIn logIn, RefreshSession refreshSession, LogOut logOut, GetCurrentUser currentUser,
                   ChangeOwnPassword changeOwnPassword, UpdateOwnProfile updateOwnProfile,
                   ListOwnSessions ownSessions,
                   SignOutOtherSessions signOutOthers, AccessTokens accessTokens, ClientAddresses clients,
                   IdentityDtoMapper mapper) {
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.currentUser = currentUser;
        this.changeOwnPassword = changeOwnPassword;
        this.updateOwnProfile = updateOwnProfile;
        this.ownSessions = ownSessions;
        this.signOutOthers = signOutOthers;
        this.accessTokens = accessTokens;
        this.clients = clients;
        this.mapper = mapper;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "login", summary = "Sign in with username and password",
            description = "Returns an access token (JWT) and a rotating refresh token. Public.")
    TokenResponse login(@Valid @Body LoginRequest body, HttpRequest<?> request) {
        return tokens(logIn.logIn(new LogIn.Command(body.username(), body.password(), clients.of(request))));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "refreshSession", summary = "Exchange a refresh token for a new pair",
            description = "The presented token stops working; presenting it again revokes the whole session. Public.")
    TokenResponse refresh(@Valid @Body RefreshRequest body, HttpRequest<?> request) {
        return tokens(refreshSession.refresh(new RefreshSession.Command(body.refreshToken(), clients.of(request))));
    }

    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "logout",
            summary = "End the caller's session", security = @SecurityRequirement(name = "bearerAuth"))
    void logout(Authentication authentication) {
        logOut.logOut(Caller.of(authentication).sessionId());
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "getCurrentUser", summary = "The caller: profile, roles and permissions as granted",
            security = @SecurityRequirement(name = "bearerAuth"))
    MeResponse me(Authentication authentication) {
        return mapper.toResponse(currentUser.get(Caller.of(authentication).userId()));
    }

    @Put("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "updateCurrentUser",
            summary = "Change the caller's own nickname, email and phone, read at version",
            description = "A patch: a field left out keeps its value. Roles, department and status are "
                    + "changed by an administrator; a body naming them is refused (400).",
            security = @SecurityRequirement(name = "bearerAuth"))
    MeResponse updateMe(@Valid @Body UpdateMeRequest body, Authentication authentication) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return mapper.toResponse(updateOwnProfile.update(new UpdateOwnProfile.Command(
                Caller.of(authentication).userId(), body.version(),
                sent.patch("nickname", ProfileFields.nickname(body.nickname())),
                sent.patch("email", ProfileFields.email(body.email())),
                sent.patch("phone", ProfileFields.phone(body.phone())))));
    }

    @Put("/me/password")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "changeOwnPassword",
            summary = "Change the caller's password; every other session of the caller ends",
            security = @SecurityRequirement(name = "bearerAuth"))
    void changePassword(@Valid @Body ChangePasswordRequest body, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        changeOwnPassword.change(new ChangeOwnPassword.Command(caller.userId(), caller.sessionId(),
                body.oldPassword(), body.newPassword()));
    }

    @Get("/sessions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "listOwnSessions", summary = "The caller's live sessions, the current one marked",
            security = @SecurityRequirement(name = "bearerAuth"))
    List<SessionResponse> sessions(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return ownSessions.list(caller.userId(), caller.sessionId()).stream().map(mapper::toResponse).toList();
    }

    @Delete("/sessions/others")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "signOutOtherSessions",
            summary = "Sign the caller out everywhere else", security = @SecurityRequirement(name = "bearerAuth"))
    void signOutOthers(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        signOutOthers.signOut(caller.userId(), caller.sessionId());
    }

    private TokenResponse tokens(SignedIn signedIn) {
        long refreshSeconds = Math.max(0, Duration.between(signedIn.at(), signedIn.refreshExpiresAt()).toSeconds());
        return new TokenResponse(accessTokens.mint(signedIn.userId(), signedIn.sessionId(), signedIn.at()),
                signedIn.refreshToken(), "Bearer", accessTokens.accessTokenSeconds(), refreshSeconds,
                signedIn.sessionId().toString());
    }
}
