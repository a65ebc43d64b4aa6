using System.Buffers.Text;
using System.Text;
using ChatAssistant.Channels.DirectLine.Configuration;
using ChatAssistant.Channels.DirectLine.Tokens;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Channels.Tests.DirectLine;

public sealed class TokenServiceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStore _store = new();

    private TokenService Service(string? configuredKey = null, ISharedSecrets? secrets = null) => new(
        new SigningKey(Options.Create(new DirectLineOptions { SigningKey = configuredKey }), secrets ?? _store),
        _clock,
        Options.Create(new DirectLineOptions { TokenLifetimeMinutes = 30 }));

    [Fact]
    public void Read_IssuedToken_GrantsItsConversationAndCitizen()
    {
        var tokens = Service();
        var token = tokens.Issue("milano", "conv1", "dl_abc", out _);

        var granted = tokens.Read(token, out _);

        Assert.NotNull(granted);
        Assert.Equal(("milano", "conv1", "dl_abc"), (granted.TenantId, granted.ConversationId, granted.UserId));
        Assert.Equal(_clock.GetUtcNow().AddMinutes(30), granted.ExpiresAt);
    }

    [Fact]
    public void Read_AfterLifetime_SaysExpired()
    {
        var tokens = Service();
        var token = tokens.Issue("milano", "conv1", "dl_abc", out _);
        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(tokens.Read(token, out var reason));
        Assert.Contains("expired", reason);
    }

    [Fact]
    public void Read_PayloadChangedToAnotherConversation_IsRejected()
    {
        var tokens = Service();
        var token = tokens.Issue("milano", "conv1", "dl_abc", out _);
        var parts = token.Split('.');
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])).Replace("conv1", "conv2");
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json)) + "." + parts[1];

        Assert.Null(tokens.Read(forged, out var reason));
        Assert.Contains("not valid", reason);
    }

    [Fact]
    public void Read_TokenSignedWithAnotherKey_IsRejected()
    {
        var other = Service(configuredKey: Convert.ToBase64String(new byte[32]));
        var token = other.Issue("milano", "conv1", "dl_abc", out _);

        Assert.Null(Service().Read(token, out _));
        Assert.Null(Service().Read("garbage", out _));
        Assert.Null(Service().Read("", out _));
    }

    [Fact]
    public async Task SigningKey_GeneratedIntoTheStore_KeepsTokensValidAfterRestart()
    {
        var data = Directory.CreateTempSubdirectory("dl-key-").FullName;
        string token;
        await using (var store = new LiteDbStore(data))
        {
            token = Service(secrets: store).Issue("milano", "conv1", "dl_abc", out _);
        }

        await using (var restarted = new LiteDbStore(data))
        {
            Assert.NotNull(Service(secrets: restarted).Read(token, out _));
        }

        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public void VerifyCitizenId_IssuedId_ReturnsChannelUserId_ForgedIdIsRefused()
    {
        var tokens = Service();
        var signed = tokens.NewCitizenId();

        var userId = tokens.VerifyCitizenId(signed);

        Assert.NotNull(userId);
        Assert.StartsWith("dl_", userId);
        Assert.Equal(signed.Split('.')[0], userId);
        Assert.Null(tokens.VerifyCitizenId("dl_someoneelse." + signed.Split('.')[1]));
        Assert.Null(tokens.VerifyCitizenId("dl_x"));
        Assert.Null(tokens.VerifyCitizenId(null));
    }
}
