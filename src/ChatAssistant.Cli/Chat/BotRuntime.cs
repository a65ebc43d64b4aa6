using ChatAssistant.Appointments;
using ChatAssistant.Appointments.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatAssistant.Bot;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Dialogs;
using ChatAssistant.Knowledge;
using ChatAssistant.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Cli.Chat;

/// <summary>The bot composed as in the host (pipeline, store, knowledge, dialogs), without the web parts.</summary>
internal sealed class BotRuntime : IAsyncDisposable
{
    private readonly IHost _host;

    private BotRuntime(IHost host) => _host = host;

    public TurnPipeline Pipeline => _host.Services.GetRequiredService<TurnPipeline>();

    public IEnumerable<string> TenantIds => _host.Services.GetRequiredService<ITenantDirectory>().All.Select(t => t.Id);

    public static async Task<BotRuntime> StartAsync(string? dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder();
        if (dataDirectory is not null)
        {
            builder.Configuration["ChatAssistant:DataDirectory"] = dataDirectory;
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTurnPipeline();
        builder.Services.AddLiteDbStorage();
        builder.Services.AddKnowledge();
        builder.Services.AddDialogs();
        builder.Services.AddBot();
        builder.Services.AddAppointments();
        builder.Services.Replace(ServiceDescriptor.Singleton<IReminderScheduler, NoReminderScheduler>());
        var host = builder.Build();
        await host.StartAsync();
        return new BotRuntime(host);
    }

    public Tenant? FindTenant(string tenantId) => _host.Services.GetRequiredService<ITenantDirectory>().Find(tenantId);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
