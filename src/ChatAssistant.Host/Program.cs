using ChatAssistant.Announcements;
using ChatAssistant.Appointments;
using ChatAssistant.Appointments.Api;
using ChatAssistant.Bot;
using ChatAssistant.Channels.DirectLine;
using ChatAssistant.CivicReports;
using ChatAssistant.Channels.Telegram;
using ChatAssistant.StaffConsole;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs;
using ChatAssistant.Handoff;
using ChatAssistant.Host.Health;
using ChatAssistant.Host.Hosting;
using ChatAssistant.Host.Jobs;
using ChatAssistant.Knowledge;
using ChatAssistant.Reports;

var builder = WebApplication.CreateBuilder(args);
builder.UseChatAssistantDefaults();
builder.TrustConfiguredProxies();
if (StorageChoice.From(builder.Configuration, out var storageProblem) is not { } storage)
{
    await Console.Error.WriteLineAsync($"ChatAssistant cannot start: {storageProblem}");
    return 1;
}

builder.Services.AddTurnPipeline();
builder.Services.AddStorage(storage);
builder.Services.AddJobs(storage);
builder.Services.AddKnowledge();
builder.Services.AddDialogs();
builder.Services.AddBot();
builder.Services.AddDirectLine();
builder.Services.AddTelegram();
builder.Services.AddAppointments();
builder.Services.AddHandoff();
builder.Services.AddCivicReports();
builder.Services.AddReports();
builder.Services.AddAnnouncements();
builder.Services.AddConsole();
builder.Services.AddReadinessChecks();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseExceptionHandler();

app.MapHealthEndpoints();
app.MapDirectLine();
app.MapTelegramWebhooks();
app.MapAppointments();
app.MapHandoff();
app.MapCivicReports();
app.MapReports();
app.MapAnnouncements();
app.MapConsole();
app.MapJobsDashboard();

return await app.RunGuardedAsync();
