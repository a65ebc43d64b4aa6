using ChatAssistant.Core.Configuration;

namespace ChatAssistant.Host.Hosting;

internal static class HostDefaults
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// The largest request body any endpoint reads (Kestrel's default is 30 MB). The biggest we take is a Telegram
    /// update (1 MB); endpoints with smaller bodies lower it further per request, chunked bodies included.
    /// </summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Listens on port 5080 unless --urls or ASPNETCORE_URLS says otherwise, validates the "ChatAssistant"
    /// section, creates the data folder, and gives in-flight turns time to finish on shutdown.
    /// </summary>
    public static WebApplicationBuilder UseChatAssistantDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddOptions<ChatAssistantOptions>()
            .BindConfiguration(ChatAssistantOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "ChatAssistant:DataDirectory must name a folder.")
            .ValidateOnStart();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddProblemDetails();
        return builder;
    }
}
