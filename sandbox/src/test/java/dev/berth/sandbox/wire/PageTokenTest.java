package dev.berth.sandbox.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTokenTest {
    private static final AwsException INVALID = AwsException.client("InvalidNextToken", "bad token");

    @Test
    void roundTripsItsFields() {
        String token = PageToken.encode("streams", 42L, "name with spaces/and:colons", 7);
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(PageToken.decode(token, "streams", 3, INVALID)).containsExactly("42", "name with spaces/and:colons", "7");
    }

    @Test
    void refusesTokensOfAnotherKindOrShape() {
        String token = PageToken.encode("groups", "a");
        assertThatThrownBy(() -> PageToken.decode(token, "streams", 1, INVALID)).isSameAs(INVALID);
        assertThatThrownBy(() -> PageToken.decode(token, "groups", 2, INVALID)).isSameAs(INVALID);
        assertThatThrownBy(() -> PageToken.decode("not base64 !", "groups", 1, INVALID)).isSameAs(INVALID);
        assertThatThrownBy(() -> PageToken.number("x", INVALID)).isSameAs(INVALID);
    }
}
