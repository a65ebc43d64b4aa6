using ChatAssistant.Bot;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs;
using ChatAssistant.Host.Health;
using ChatAssistant.Host.Hosting;
using ChatAssistant.Knowledge;
using ChatAssistant.Storage.LiteDb;

var builder = WebApplication.CreateBuilder(args);
builder.UseChatAssistantDefaults();

builder.Services.AddTurnPipeline();
builder.Services.AddLiteDbStorage();
builder.Services.AddKnowledge();
builder.Services.AddDialogs();
builder.Services.AddBot();
builder.Services.AddReadinessChecks();

var app = builder.Build();

app.MapHealthEndpoints();

return await app.RunGuardedAsync();
