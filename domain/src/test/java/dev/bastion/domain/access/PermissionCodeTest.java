package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionCodeTest {

    private static PermissionCode code(String value) {
        return new PermissionCode(value);
    }

    @Nested
    class Shape {

        @ParameterizedTest
        @ValueSource(strings = {"system:user:create", "system:user:*", "system:*:*", "*:*:*", "*", "a:b:c",
                "log-center:login-log:export", "v2:r2d2:a0", "*:user:list"})
        void well_formed_codes_are_accepted(String value) {
            assertThat(code(value).value()).isEqualTo(value);
        }

        @Test
        void a_segment_of_40_characters_is_accepted() {
            String segment = "a".repeat(40);

            assertThat(code("system:" + segment + ":list").value()).contains(segment);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"system:user", "system", "system:user:list:all", "a:b:c:d", "System:user:list",
                "system:USER:list", "system::list", ":user:list", "system:user:", "system:user:list ", " system:user:list",
                "system: user:list", "system:user list:x", "1system:user:list", "-system:user:list", "system:user:li*",
                "system:us*:list", "**", "*:*", "*:*:*:*", "system.user.list", "system:user:list\n", "système:user:list",
                "system:user:lіst"})
        void malformed_codes_are_refused_as_a_permission_error(String value) {
            assertThatThrownBy(() -> code(value)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.field()).isEqualTo("permission");
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            });
        }

        @Test
        void a_segment_of_41_characters_is_refused() {
            assertThatThrownBy(() -> code("system:" + "a".repeat(41) + ":list")).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void the_text_form_is_the_code() {
            assertThat(code("system:user:list").toString()).isEqualTo("system:user:list");
        }

        @Test
        void all_is_the_lone_wildcard() {
            assertThat(PermissionCode.ALL.value()).isEqualTo("*");
        }
    }

    @Nested
    class Granting {

        @Test
        void a_code_grants_itself() {
            assertThat(code("system:user:list").grants(code("system:user:list"))).isTrue();
        }

        @Test
        void the_lone_wildcard_grants_any_code() {
            assertThat(PermissionCode.ALL.grants(code("monitor:login-log:export"))).isTrue();
        }

        @Test
        void three_wildcards_grant_like_the_lone_wildcard() {
            assertThat(code("*:*:*").grants(code("monitor:login-log:export"))).isTrue();
        }

        @Test
        void a_domain_wildcard_grants_every_code_of_its_domain() {
            assertThat(code("system:*:*").grants(code("system:role:delete"))).isTrue();
        }

        @Test
        void a_domain_wildcard_does_not_grant_another_domain() {
            assertThat(code("system:*:*").grants(code("monitor:role:delete"))).isFalse();
        }

        @Test
        void an_action_wildcard_grants_every_action_on_its_resource() {
            assertThat(code("system:user:*").grants(code("system:user:reset-password"))).isTrue();
        }

        @Test
        void an_action_wildcard_does_not_grant_another_resource() {
            assertThat(code("system:user:*").grants(code("system:role:list"))).isFalse();
        }

        @Test
        void a_resource_wildcard_grants_that_action_on_every_resource() {
            assertThat(code("system:*:list").grants(code("system:role:list"))).isTrue();
            assertThat(code("system:*:list").grants(code("system:role:delete"))).isFalse();
        }

        @Test
        void a_resource_does_not_grant_a_longer_resource_it_is_a_prefix_of() {
            assertThat(code("system:user:list").grants(code("system:username:list"))).isFalse();
        }

        @Test
        void an_action_does_not_grant_a_longer_action_it_is_a_prefix_of() {
            assertThat(code("system:user:lis").grants(code("system:user:list"))).isFalse();
        }

        @Test
        void a_longer_action_does_not_grant_its_prefix() {
            assertThat(code("system:user:list").grants(code("system:user:lis"))).isFalse();
        }

        @Test
        void a_partial_wildcard_is_not_a_code() {
            assertThatThrownBy(() -> code("system:user:lis*")).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void a_plain_code_does_not_grant_a_wildcard() {
            assertThat(code("system:user:list").grants(code("system:user:*"))).isFalse();
        }

        @Test
        void a_domain_wildcard_does_not_grant_everything() {
            assertThat(code("system:*:*").grants(PermissionCode.ALL)).isFalse();
        }

        @Test
        void a_narrower_wildcard_does_not_grant_a_wider_one() {
            assertThat(code("system:user:*").grants(code("system:*:*"))).isFalse();
        }

        @Test
        void a_wider_wildcard_grants_a_narrower_one() {
            assertThat(code("system:*:*").grants(code("system:user:*"))).isTrue();
        }
    }

    @Test
    void only_a_wildcard_in_every_segment_grants_everything() {
        assertThat(PermissionCode.ALL.grantsEverything()).isTrue();
        assertThat(new PermissionCode("*:*:*").grantsEverything()).isTrue();
        assertThat(new PermissionCode("*:*:list").grantsEverything()).isFalse();
        assertThat(new PermissionCode("system:user:create").grantsEverything()).isFalse();
    }
}
