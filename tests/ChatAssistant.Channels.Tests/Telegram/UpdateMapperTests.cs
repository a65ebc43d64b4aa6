using System.Text.Json;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Channels.Telegram.Mapping;
using ChatAssistant.Core.Activities;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatAssistant.Channels.Tests.Telegram;

public sealed class UpdateMapperTests
{
    private readonly TelegramBot _bot = new(new TelegramBotOptions { Tenant = "milano", Token = "4242:abc" }, new TelegramBotClient("4242:abc"))
    {
        Username = "ComuneBot",
    };

    [Fact]
    public void Map_PrivateText_BecomesAMessageActivityOfTheTenant()
    {
        var inbound = UpdateMapper.Map(Parse("""{"update_id": 77, "message": {"message_id": 5, "date": 1700000000, "chat": {"id": 555, "type": "private"}, "from": {"id": 555, "is_bot": false, "first_name": "Maria", "language_code": "en"}, "text": "ciao"}}"""), _bot);

        var a = inbound.Activity!;
        Assert.Equal(InboundKind.Text, inbound.Kind);
        Assert.Equal(("77", "telegram", "555", "milano", "555", "en", "ciao"), (a.Id, a.ChannelId, a.Conversation!.Id, a.Conversation.TenantId, a.From!.Id, a.Locale, a.Text));
    }

    [Fact]
    public void Map_CommandAddressedToTheBot_LosesTheBotName()
    {
        var inbound = UpdateMapper.Map(Parse(Message(555, "private", "/menu@ComuneBot", """[{"type":"bot_command","offset":0,"length":15}]""")), _bot);

        Assert.Equal("/menu", inbound.Activity!.Text);
    }

    [Fact]
    public void Map_GroupChatterNotAddressedToTheBot_IsIgnored()
    {
        Assert.Equal(InboundKind.Ignored, UpdateMapper.Map(Parse(Message(-100, "supergroup", "ci vediamo domani")), _bot).Kind);
        Assert.Equal(InboundKind.Ignored, UpdateMapper.Map(Parse(Message(-100, "group", "/start@AltroBot", """[{"type":"bot_command","offset":0,"length":15}]""")), _bot).Kind);
    }

    [Fact]
    public void Map_GroupMention_IsAnsweredWithoutTheMention()
    {
        var inbound = UpdateMapper.Map(Parse(Message(-100, "group", "@ComuneBot come rinnovo la CIE?", """[{"type":"mention","offset":0,"length":10}]""")), _bot);

        Assert.True(inbound.IsGroup);
        Assert.Equal("come rinnovo la CIE?", inbound.Activity!.Text);
    }

    [Fact]
    public void Map_GroupReplyToTheBot_IsAddressed()
    {
        var json = """{"update_id": 1, "message": {"message_id": 9, "date": 1700000000, "chat": {"id": -100, "type": "group"}, "from": {"id": 7, "is_bot": false, "first_name": "M"}, "text": "grazie", "reply_to_message": {"message_id": 8, "date": 1700000000, "chat": {"id": -100, "type": "group"}, "from": {"id": 4242, "is_bot": true, "first_name": "Comune"}, "text": "..."}}}""";

        Assert.Equal("grazie", UpdateMapper.Map(Parse(json), _bot).Activity!.Text);
    }

    [Fact]
    public void Map_ButtonPress_CarriesTheButtonValueAndTheUpdateId()
    {
        var json = """{"update_id": 88, "callback_query": {"id": "q1", "from": {"id": 555, "is_bot": false, "first_name": "M"}, "chat_instance": "c", "data": "menu:spid", "message": {"message_id": 3, "date": 1700000000, "chat": {"id": 555, "type": "private"}, "text": "Scegli"}}}""";

        var inbound = UpdateMapper.Map(Parse(json), _bot);

        Assert.Equal(InboundKind.ButtonPress, inbound.Kind);
        Assert.Equal(("88", "menu:spid", "q1"), (inbound.Activity!.Id, inbound.Activity.Text, inbound.CallbackQueryId));
    }

    [Fact]
    public void Map_VoiceNote_HasNoTextAndAnUnsupportedMarker()
    {
        var json = """{"update_id": 3, "message": {"message_id": 5, "date": 1700000000, "chat": {"id": 555, "type": "private"}, "from": {"id": 555, "is_bot": false, "first_name": "M"}, "voice": {"file_id": "f", "file_unique_id": "u", "duration": 3}}}""";

        var inbound = UpdateMapper.Map(Parse(json), _bot);

        Assert.Equal(InboundKind.Unsupported, inbound.Kind);
        Assert.Null(inbound.Activity!.Text);
        Assert.Equal("voice", inbound.Activity.ChannelData!.Value.GetProperty("unsupported").GetString());
        Assert.Equal("audio/ogg", inbound.Activity.Attachments!.Single().ContentType);
    }

    [Fact]
    public void Map_PhotoAndDocument_CarryTheFileForTheTurn_TheLargestPhotoSize()
    {
        var photo = """{"update_id": 5, "message": {"message_id": 6, "date": 1700000000, "chat": {"id": 555, "type": "private"}, "from": {"id": 555, "is_bot": false, "first_name": "M"}, "photo": [{"file_id": "small", "file_unique_id": "s", "width": 90, "height": 90, "file_size": 900}, {"file_id": "large", "file_unique_id": "l", "width": 800, "height": 600, "file_size": 90000}]}}""";
        var document = """{"update_id": 6, "message": {"message_id": 7, "date": 1700000000, "chat": {"id": 555, "type": "private"}, "from": {"id": 555, "is_bot": false, "first_name": "M"}, "document": {"file_id": "doc", "file_unique_id": "d", "mime_type": "application/pdf"}}}""";

        var fromPhoto = SharedInput.File(UpdateMapper.Map(Parse(photo), _bot).Activity!);
        var fromDocument = SharedInput.File(UpdateMapper.Map(Parse(document), _bot).Activity!);

        Assert.Equal(new SharedFile("large", 90000, "image/jpeg", "photo"), fromPhoto);
        Assert.Equal(new SharedFile("doc", null, "application/pdf", "document"), fromDocument);
    }

    [Fact]
    public void Map_SharedContact_IsKeptInValue()
    {
        var json = """{"update_id": 4, "message": {"message_id": 5, "date": 1700000000, "chat": {"id": 555, "type": "private"}, "from": {"id": 555, "is_bot": false, "first_name": "M"}, "contact": {"phone_number": "+39021234", "first_name": "Maria", "user_id": 555}}}""";

        var inbound = UpdateMapper.Map(Parse(json), _bot);

        Assert.Equal(InboundKind.Shared, inbound.Kind);
        Assert.Equal("+39021234", inbound.Activity!.Value!.Value.GetProperty("contact").GetProperty("phoneNumber").GetString());
    }

    [Fact]
    public void Map_UpdateTypeWeDoNotHandle_IsIgnored()
    {
        var json = """{"update_id": 5, "edited_message": {"message_id": 5, "date": 1700000000, "chat": {"id": 555, "type": "private"}, "text": "x"}}""";

        Assert.Equal(InboundKind.Ignored, UpdateMapper.Map(Parse(json), _bot).Kind);
    }

    private static string Message(long chatId, string chatType, string text, string entities = "[]") =>
        $$"""{"update_id": 1, "message": {"message_id": 5, "date": 1700000000, "chat": {"id": {{chatId}}, "type": "{{chatType}}"}, "from": {"id": 7, "is_bot": false, "first_name": "M"}, "text": "{{text}}", "entities": {{entities}}} }""";

    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
}
