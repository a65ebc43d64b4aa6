using ChatAssistant.Core.Configuration;

namespace ChatAssistant.Host.Hosting;

internal static class HostDefaults
{
    public const string DefaultUrl = "http://localhost:5080";

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
        builder.Services.AddProblemDetails();
        return builder;
    }
}
