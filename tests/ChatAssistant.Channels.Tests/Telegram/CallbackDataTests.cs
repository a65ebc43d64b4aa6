using System.Text;
using ChatAssistant.Channels.Telegram.Mapping;

namespace ChatAssistant.Channels.Tests.Telegram;

public sealed class CallbackDataTests
{
    [Fact]
    public void Encode_ShortValue_TravelsAsItIs()
    {
        Assert.Equal("menu:spid", CallbackData.Encode("menu:spid"));
    }

    [Fact]
    public void Encode_ValueOver64Bytes_BecomesAShortStableKey()
    {
        var value = "scelta:" + new string('è', 40);

        var key = CallbackData.Encode(value);

        Assert.True(Encoding.UTF8.GetByteCount(key) <= CallbackData.MaxBytes);
        Assert.True(CallbackData.IsKey(key));
        Assert.Equal(key, CallbackData.Encode(value));
        Assert.NotEqual(key, CallbackData.Encode(value + "x"));
    }
}
