package news.dateline.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Forgot your password?": the address to send a reset link to.
 */
record ForgotPasswordForm(@NotBlank @Email @Size(max = 254) String email) {

}
