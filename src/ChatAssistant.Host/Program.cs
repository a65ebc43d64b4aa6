using ChatAssistant.Bot;
using ChatAssistant.Channels.DirectLine;
using ChatAssistant.Channels.Telegram;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs;
using ChatAssistant.Host.Health;
using ChatAssistant.Host.Hosting;
using ChatAssistant.Knowledge;
using ChatAssistant.Storage.LiteDb;

var builder = WebApplication.CreateBuilder(args);
builder.UseChatAssistantDefaults();
builder.TrustConfiguredProxies();

builder.Services.AddTurnPipeline();
builder.Services.AddLiteDbStorage();
builder.Services.AddKnowledge();
builder.Services.AddDialogs();
builder.Services.AddBot();
builder.Services.AddDirectLine();
builder.Services.AddTelegram();
builder.Services.AddReadinessChecks();

var app = builder.Build();

app.UseForwardedHeaders();

app.MapHealthEndpoints();
app.MapDirectLine();
app.MapTelegramWebhooks();

return await app.RunGuardedAsync();
