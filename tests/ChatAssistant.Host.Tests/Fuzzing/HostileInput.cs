using System.Text.Json;
using CsCheck;

namespace ChatAssistant.Host.Tests.Fuzzing;

/// <summary>Generators of random and malformed bodies: Direct Line activities, Telegram updates, token requests.</summary>
internal static class HostileInput
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[0, 40],
        Gen.Const(new string('a', 5_000)),
        Gen.OneOf("", "ciao", "SPID", "/start", "/privacy", "\u0000\u0001", "💥🇮🇹", "<script>alert(1)</script>", "4111 1111 1111 1111", "{\"type\":"));

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Text.Select(Quote),
        Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf("true", "null", "1e400", "-0", "[]", "{}", "[[[[[[[[]]]]]]]]", "{\"a\":{\"b\":{\"c\":[1,2,{}]}}}"));

    private static readonly Gen<string> Big = Gen.Int[0, 70_000].Select(n => Quote(new string('x', n)));

    private static readonly Gen<string> ActivityType = Gen.OneOf(
        Gen.OneOf("message", "typing", "event", "conversationUpdate", "endOfConversation", "invoke", "", "MESSAGE").Select(Quote),
        Scalar);

    private static readonly Gen<string> Attachments = Gen.OneOf(
        Gen.OneOf(
            "[{\"contentType\":\"image/png\",\"contentUrl\":\"data:image/png;base64,iVBORw0KGgo=\"}]",
            "[{\"contentType\":\"application/pdf\",\"content\":{\"x\":1}}]",
            "[{\"contentType\":\"image/jpeg\",\"name\":\"photo\"}]",
            "[null]", "[1]", "{}"),
        Scalar);

    /// <summary>A Direct Line activity: mostly shaped like one, with random, wrong-typed or oversized fields; sometimes not JSON at all.</summary>
    public static readonly Gen<string> Activity = Gen.Frequency(
        (8, Gen.Select(Field("type", ActivityType), Field("text", Gen.OneOf(Text.Select(Quote), Scalar)), Field("value", Gen.OneOf(Scalar, Big)),
            Field("channelData", Gen.OneOf(Scalar, Big, Gen.Const("{\"clientActivityID\":\"x-1\"}"))), Field("attachments", Attachments),
            Field("name", Scalar), Field("from", Gen.OneOf("{\"id\":\"someone-else\",\"name\":\"Mallory\"}", "null", "7")),
            (a, b, c, d, e, f, g) => Object(a, b, c, d, e, f, g))),
        (2, Malformed));

    /// <summary>A Telegram update: known and unknown kinds, wrong types, missing parts; sometimes not JSON.</summary>
    public static readonly Gen<string> TelegramUpdate = Gen.Frequency(
        (8, Gen.Select(Field("update_id", Gen.OneOf(Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Scalar)),
            Field("message", Message), Field("callback_query", CallbackQuery), Field("edited_message", Message),
            (a, b, c, d) => Object(a, b, c, d))),
        (2, Malformed));

    /// <summary>The web chat page's token request.</summary>
    public static readonly Gen<string> TokenRequest = Gen.Frequency(
        (8, Gen.Select(Field("tenant", Gen.OneOf(Gen.OneOf("milano", "cremona", "roma", "").Select(Quote), Scalar)),
            Field("userId", Gen.OneOf(Scalar, Gen.Const("\"dl_forged.signature\""))), (a, b) => Object(a, b))),
        (2, Malformed));

    private static Gen<string> Message => Gen.OneOf(
        Scalar,
        Gen.Select(Field("message_id", Scalar), Field("date", Gen.OneOf(Scalar, Gen.Const("1700000000"))), Field("chat", Chat), Field("from", User),
            Field("text", Gen.OneOf(Text.Select(Quote), Scalar)),
            Field("location", Gen.OneOf("{\"latitude\":45.46,\"longitude\":9.19}", "{\"latitude\":\"x\"}", "null")),
            Field("contact", Gen.OneOf("{\"phone_number\":\"+393331234567\",\"first_name\":\"G\"}", "{}", "1")),
            Field("photo", Gen.OneOf("[{\"file_id\":\"a\",\"file_unique_id\":\"u\",\"width\":1,\"height\":1}]", "[]", "{}")),
            (a, b, c, d, e, f, g, h) => Object(a, b, c, d, e, f, g, h)));

    private static Gen<string> CallbackQuery => Gen.OneOf(
        Scalar,
        Gen.Select(Field("id", Scalar), Field("from", User), Field("data", Gen.OneOf(Text.Select(Quote), Scalar)), Field("message", Message),
            (a, b, c, d) => Object(a, b, c, d)));

    private static Gen<string> Chat => Gen.OneOf(Scalar, Gen.Select(
        Gen.OneOf(Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Scalar),
        Gen.OneOf("private", "group", "supergroup", "channel", "weird").Select(Quote),
        (id, type) => $"{{\"id\":{id},\"type\":{type}}}"));

    private static Gen<string> User => Gen.OneOf(Scalar, Gen.Select(
        Gen.OneOf(Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Scalar), Gen.Bool,
        (id, bot) => $"{{\"id\":{id},\"is_bot\":{(bot ? "true" : "false")},\"first_name\":\"Maria\"}}"));

    private static Gen<string> Malformed => Gen.OneOf(
        Gen.String[0, 60],
        Gen.OneOf("", "null", "[1,2,3]", "\"text\"", "{", "{\"type\":\"message\",", "{\"type\":\"message\",\"text\":\"\\ud800\"}", "\u00ff\u00fe"));

    private static Gen<string> Field(string name, Gen<string> value) =>
        Gen.Int[0, 3].SelectMany(roll => roll == 0 ? Gen.Const("") : value.Select(v => $"\"{name}\":{v}"));

    private static string Object(params string[] fields) => "{" + string.Join(",", fields.Where(f => f.Length > 0)) + "}";

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
