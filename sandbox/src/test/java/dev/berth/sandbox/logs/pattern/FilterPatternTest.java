package dev.berth.sandbox.logs.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FilterPatternTest {

    private static boolean matches(String pattern, String message) {
        return FilterPattern.parse(pattern).matches(message);
    }

    @Nested
    class Everything {
        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t"})
        void blankPatternMatchesEveryEvent(String pattern) {
            assertThat(matches(pattern, "anything at all")).isTrue();
            assertThat(matches(pattern, "")).isTrue();
        }

        @Test
        void nullPatternMatchesEveryEvent() {
            assertThat(FilterPattern.parse(null).matches("x")).isTrue();
        }
    }

    @Nested
    class Terms {
        @ParameterizedTest
        @CsvSource(delimiterString = " ==> ", value = {
                "ERROR ==> [ERROR 400] BAD REQUEST ==> true",
                "ERROR ==> Exiting with ERRORCODE: -1 ==> true",
                "ERROR ==> error: lower case ==> false",
                "ERROR ==> all good ==> false",
                "ERROR Exception ==> [ERROR] Caught IllegalArgumentException ==> true",
                "ERROR Exception ==> [ERROR] no stack here ==> false",
                "ERROR Exception ==> Exception without the level ==> false",
                "?ERROR ?WARN ==> [WARN] disk 91% full ==> true",
                "?ERROR ?WARN ==> [ERROR] disk full ==> true",
                "?ERROR ?WARN ==> [INFO] all good ==> false",
                "-DEBUG ==> [INFO] started ==> true",
                "-DEBUG ==> [DEBUG] cache miss ==> false",
                "ERROR -timeout ==> ERROR connection refused ==> true",
                "ERROR -timeout ==> ERROR read timeout after 5s ==> false",
                "ERROR -timeout ==> INFO request done ==> false",
                "ERROR ?db ?cache ==> ERROR cache unavailable ==> true",
                "ERROR ?db ?cache ==> ERROR queue full ==> false",
                "ERROR ?db ?cache ==> WARN db slow ==> false",
        })
        void termsMatchCaseSensitiveSubstringsWithAndOrAndExclusion(String pattern, String message, boolean expected) {
            assertThat(matches(pattern, message)).isEqualTo(expected);
        }

        @Test
        void quotedPhraseMustAppearExactly() {
            assertThat(matches("\"connection reset\"", "read: connection reset by peer")).isTrue();
            assertThat(matches("\"connection reset\"", "connection was reset")).isFalse();
            assertThat(matches("\"Connection reset\"", "connection reset")).isFalse();
        }

        @Test
        void quotesAllowPunctuationAndCombineWithPrefixes() {
            assertThat(matches("\"[ERROR]\" -\"user=42\"", "[ERROR] user=7 failed")).isTrue();
            assertThat(matches("\"[ERROR]\" -\"user=42\"", "[ERROR] user=42 failed")).isFalse();
            assertThat(matches("?\"status 500\" ?\"status 503\"", "upstream status 503")).isTrue();
        }

        @Test
        void escapedQuoteInsidePhrase() {
            assertThat(matches("\"say \\\"hi\\\"\"", "they say \"hi\" twice")).isTrue();
        }

        @Test
        void unquotedPunctuationThatIsNotSyntaxIsPartOfTheTerm() {
            assertThat(matches("user@example.com", "login user@example.com ok")).isTrue();
            assertThat(matches("status=500", "GET / status=500")).isTrue();
            assertThat(matches("status=500", "GET / status=200")).isFalse();
        }

        @Test
        void extraSpacesBetweenTermsDoNotMatter() {
            assertThat(matches("  ERROR    Exception  ", "ERROR Exception")).isTrue();
        }

        @Test
        void emptyPhraseMatchesEverything() {
            assertThat(matches("\"\"", "whatever")).isTrue();
        }
    }

    @Nested
    class Regex {
        @Test
        void standaloneRegexMatchesAnywhere() {
            assertThat(matches("%AUTHORIZED%", "[ERROR 401] UNAUTHORIZED REQUEST")).isTrue();
            assertThat(matches("%AUTHORIZED%", "[SUCCESS 200] AUTHORIZED REQUEST")).isTrue();
            assertThat(matches("%^\\[SUCCESS%", "[ERROR 401] UNAUTHORIZED")).isFalse();
            assertThat(matches("%colou?r%", "what colour")).isTrue();
            assertThat(matches("%[hc]at$%", "a hat")).isTrue();
            assertThat(matches("%[hc]at$%", "a hat!")).isFalse();
            assertThat(matches("%gray|grey%", "greyhound")).isTrue();
            assertThat(matches("%a{3,5}%", "baaab")).isTrue();
            assertThat(matches("%a{3,5}%", "baab")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"%(a|b)%", "%something!%", "%caf\u00e9%", "%%", "%unterminated", "%a[%", "%ERROR% extra"})
        void unsupportedOrBrokenRegexesAreInvalid(String pattern) {
            assertThatThrownBy(() -> FilterPattern.parse(pattern)).isInstanceOf(InvalidFilterPatternException.class);
        }
    }

    @Nested
    class Json {
        private static final String ERROR_EVENT =
                "{\"level\":\"ERROR\",\"status\":503,\"latency\":1.75,\"user\":{\"id\":42,\"name\":\"ada\"},"
                        + "\"tags\":[\"db\",\"slow\"],\"items\":[{\"sku\":\"a-1\"},{\"sku\":\"b-2\"}],"
                        + "\"trace\":null,\"retry\":true,\"cached\":false,\"msg\":\"Connection reset by peer\"}";

        @ParameterizedTest
        @CsvSource(delimiterString = " ==> ", value = {
                "{ $.level = \"ERROR\" } ==> true",
                "{ $.level = \"error\" } ==> false",
                "{ $.level = ERROR } ==> true",
                "{ $.level != \"INFO\" } ==> true",
                "{ $.level != \"ERROR\" } ==> false",
                "{ $.status >= 500 } ==> true",
                "{ $.status > 503 } ==> false",
                "{ $.status = 503 } ==> true",
                "{ $.status != 503 } ==> false",
                "{ $.status < 600 } ==> true",
                "{ $.status <= 502 } ==> false",
                "{ $.latency > 1.5 } ==> true",
                "{ $.latency < 1.5 } ==> false",
                "{ $.latency = 1.75 } ==> true",
                "{ $.user.id = 42 } ==> true",
                "{ $.user.id = 42.0 } ==> true",
                "{ $.user.id = 43 } ==> false",
                "{ $.user.name = \"ada\" } ==> true",
                "{ $.tags[1] = \"slow\" } ==> true",
                "{ $.tags[0] = \"slow\" } ==> false",
                "{ $.tags[5] = \"slow\" } ==> false",
                "{ $.items[*].sku = \"b-2\" } ==> true",
                "{ $.items[1].sku = \"b-*\" } ==> true",
                "{ $.msg = \"*reset*\" } ==> true",
                "{ $.msg = \"*timeout*\" } ==> false",
                "{ $.msg = \"Connection*\" } ==> true",
                "{ $.msg = \"*peer\" } ==> true",
                "{ $.msg = %reset by%} ==> true",
                "{ $.msg = %^reset%} ==> false",
                "{ $.trace IS NULL } ==> true",
                "{ $.level IS NULL } ==> false",
                "{ $.missing IS NULL } ==> false",
                "{ $.missing NOT EXISTS } ==> true",
                "{ $.trace NOT EXISTS } ==> false",
                "{ $.level EXISTS } ==> true",
                "{ $.retry IS TRUE } ==> true",
                "{ $.cached IS FALSE } ==> true",
                "{ $.cached IS TRUE } ==> false",
                "{ $.level = \"ERROR\" && $.status >= 500 } ==> true",
                "{ $.level = \"ERROR\" && $.status < 500 } ==> false",
                "{ $.level = \"INFO\" || $.status >= 500 } ==> true",
                "{ $.level = \"INFO\" || $.status < 500 } ==> false",
                "{ ($.level = \"INFO\" || $.level = \"ERROR\") && $.user.id = 42 } ==> true",
                "{ $.level = \"INFO\" || $.level = \"ERROR\" && $.user.id = 7 } ==> false",
                "{ $.level = \"INFO\" && $.user.id = 7 || $.retry IS TRUE } ==> true",
                "{($.status>=500)&&($.latency>1)} ==> true",
                "{ $.missing != \"x\" } ==> false",
                "{ $.missing < 5 } ==> false",
                "{ $.level > 5 } ==> false",
                "{ $.status = \"503\" } ==> false",
                "{ $.user = 42 } ==> false",
        })
        void jsonConditions(String pattern, boolean expected) {
            assertThat(matches(pattern, ERROR_EVENT)).as(pattern).isEqualTo(expected);
        }

        @Test
        void keywordsMayBeLowerCase() {
            assertThat(matches("{ $.trace is null }", ERROR_EVENT)).isTrue();
            assertThat(matches("{ $.nope not exists }", ERROR_EVENT)).isTrue();
        }

        @Test
        void nonJsonMessagesNeverMatchJsonPatterns() {
            assertThat(matches("{ $.level = \"ERROR\" }", "ERROR level=ERROR")).isFalse();
            assertThat(matches("{ $.level NOT EXISTS }", "plain text")).isFalse();
            assertThat(matches("{ $.level = \"ERROR\" }", "{\"level\": \"ERROR\"")).isFalse();
        }

        @Test
        void surroundingWhitespaceInTheMessageIsIgnored() {
            assertThat(matches("{ $.level = \"ERROR\" }", "  {\"level\":\"ERROR\"}\n")).isTrue();
        }

        @Test
        void negativeAndExponentNumbers() {
            assertThat(matches("{ $.t < -5 }", "{\"t\": -10}")).isTrue();
            assertThat(matches("{ $.t > 1e3 }", "{\"t\": 1500}")).isTrue();
            assertThat(matches("{ $.t = 0 }", "{\"t\": -0.0}")).isTrue();
        }

        @Test
        void topLevelArraysCanBeSelected() {
            assertThat(matches("{ $[0].a = 1 }", "[{\"a\":1}]")).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{ $.level = \"ERROR\" ",
                "{ }",
                "{ level = \"ERROR\" }",
                "{ $. = 1 }",
                "{ $ = 1 }",
                "{ $.level }",
                "{ $.level = }",
                "{ $.level > \"ERROR\" }",
                "{ $.level >= abc }",
                "{ $.level = \"ERROR\" && }",
                "{ ($.level = \"ERROR\" }",
                "{ $.level IS MAYBE }",
                "{ $.level NOT THERE }",
                "{ $.a[x] = 1 }",
                "{ $.a = 1 } trailing",
                "{ $.a = %x% || $.b = %y% || $.c = %z% }",
                "{ $.level = \"ERROR\" & $.status = 1 }",
        })
        void brokenJsonPatternsAreInvalid(String pattern) {
            assertThatThrownBy(() -> FilterPattern.parse(pattern)).isInstanceOf(InvalidFilterPatternException.class);
        }
    }

    @Nested
    class SpaceDelimited {
        private static final String ACCESS =
                "127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] \"GET /apache_pb.gif HTTP/1.0\" 404 1534";

        @ParameterizedTest
        @CsvSource(delimiterString = " ==> ", value = {
                "[ip, id, user, timestamp, request, status_code, size] ==> true",
                "[ip, id, user, timestamp, request, status_code] ==> false",
                "[ip, id, user, timestamp, request, status_code = 404, size] ==> true",
                "[ip, id, user, timestamp, request, status_code = 4*, size] ==> true",
                "[ip, id, user, timestamp, request, status_code = 5*, size] ==> false",
                "[ip, id, user, timestamp, request = \"*gif*\", status_code, size] ==> true",
                "[ip, id, user, timestamp, request = \"*html*\", status_code, size] ==> false",
                "[ip, id, user = frank, ...] ==> true",
                "[ip, id, user != frank, ...] ==> false",
                "[..., status_code >= 400, size > 1000] ==> true",
                "[..., status_code >= 400, size > 2000] ==> false",
                "[..., status_code = 500 || status_code = 404, size] ==> true",
                "[..., status_code >= 400 && status_code < 500, size] ==> true",
                "[..., status_code >= 400 && status_code < 404, size] ==> false",
                "[ip = 127.0.0.1, ...] ==> true",
                "[ip = %^127%, ...] ==> true",
                "[..., request, ..., size] ==> true",
                "[...] ==> true",
                "[timestamp = \"10/Oct/2000:13:25:15 -0700\", ...] ==> false",
                "[ip, id, user, timestamp = \"10/Oct/2000:13:25:15 -0700\", ...] ==> true",
        })
        void fieldsOfSpaceDelimitedEvents(String pattern, boolean expected) {
            assertThat(matches(pattern, ACCESS)).as(pattern).isEqualTo(expected);
        }

        @Test
        void quotedAndBracketedTextAreSingleFields() {
            assertThat(DelimitedPattern.split(ACCESS)).containsExactly("127.0.0.1", "-", "frank",
                    "10/Oct/2000:13:25:15 -0700", "GET /apache_pb.gif HTTP/1.0", "404", "1534");
        }

        @Test
        void numericTestsNeedNumericFields() {
            assertThat(matches("[level, code > 5]", "ERROR abc")).isFalse();
            assertThat(matches("[level, code > 5]", "ERROR 6")).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"[ip, user", "[ip,, user]", "[ip = 1 || user = 2]", "[ip ||]", "[a] b",
                "[a = %x%, b = %y%, c = %z%]", "[a > abc]"})
        void brokenDelimitedPatternsAreInvalid(String pattern) {
            assertThatThrownBy(() -> FilterPattern.parse(pattern)).isInstanceOf(InvalidFilterPatternException.class);
        }
    }

    @Nested
    class Invalid {
        @ParameterizedTest
        @ValueSource(strings = {"\"unterminated", "ERROR\"x\"", "-", "?", "ERROR -", "ERROR}", "a{b", "50%"})
        void brokenTermPatternsAreInvalid(String pattern) {
            assertThatThrownBy(() -> FilterPattern.parse(pattern)).isInstanceOf(InvalidFilterPatternException.class);
        }

        @Test
        void patternsLongerThan1024CharactersAreInvalid() {
            assertThatThrownBy(() -> FilterPattern.parse("a".repeat(1025))).isInstanceOf(InvalidFilterPatternException.class);
            assertThat(FilterPattern.parse("a".repeat(1024)).matches("a".repeat(1024))).isTrue();
        }

        @Test
        void errorSaysWhereTheProblemIs() {
            assertThatThrownBy(() -> FilterPattern.parse("{ $.level = }"))
                    .hasMessageContaining("expected a value").hasMessageContaining("position");
        }
    }
}
