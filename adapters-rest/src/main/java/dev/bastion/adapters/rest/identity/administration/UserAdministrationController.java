package dev.bastion.adapters.rest.identity.administration;

import dev.bastion.adapters.rest.security.Caller;
import io.micronaut.security.authentication.Authentication;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.shared.OperationTitle;
import dev.bastion.application.identity.administration.ChangeUserStatus;
import dev.bastion.application.identity.administration.ResetUserPassword;
import dev.bastion.application.identity.administration.UnlockUser;
import dev.bastion.domain.identity.UserId;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The actions on someone else's account (docs/api.md, "users": password reset, status, unlock), within
 * the caller's data scope.
 */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class UserAdministrationController {

    private final ResetUserPassword resetPassword;
    private final ChangeUserStatus changeStatus;
    private final UnlockUser unlock;

    UserAdministrationController(ResetUserPassword resetPassword, ChangeUserStatus changeStatus, UnlockUser unlock) {
        this.resetPassword = resetPassword;
        this.changeStatus = changeStatus;
        this.unlock = unlock;
    }

    @Put("/{id}/password")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:user:reset-password")
    @OperationTitle("reset user password")
    @Operation(operationId = "resetUserPassword",
            summary = "Set a user's password; it must be changed at next sign-in and every session of the user ends",
            security = @SecurityRequirement(name = "bearerAuth"))
    void resetPassword(@PathVariable String id, @Valid @Body ResetPasswordRequest body,
                       Authentication authentication) {
        resetPassword.reset(Caller.of(authentication).userId(), new ResetUserPassword.Command(UserId.parse("id", id), body.password()));
    }

    @Put("/{id}/status")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:user:status")
    @Operation(operationId = "changeUserStatus",
            summary = "Enable or disable a user; disabling ends every session of the user at once",
            security = @SecurityRequirement(name = "bearerAuth"))
    void changeStatus(@PathVariable String id, @Valid @Body StatusRequest body, Authentication authentication) {
        changeStatus.change(Caller.of(authentication).userId(), new ChangeUserStatus.Command(UserId.parse("id", id), body.value()));
    }

    @Delete("/{id}/lock")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresPermission("system:user:unlock")
    @Operation(operationId = "unlockUser", summary = "Lift a sign-in lock",
            security = @SecurityRequirement(name = "bearerAuth"))
    void unlock(@PathVariable String id, Authentication authentication) {
        unlock.unlock(Caller.of(authentication).userId(), UserId.parse("id", id));
    }
}
