using ChatAssistant.Appointments.Agenda;
using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Desks.Editing;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Slots;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Appointments;

public static class AppointmentsServiceCollectionExtensions
{
    /// <summary>
    /// Appointments at the facilitation desks: the desks of every tenant (knowledge-base/comuni/*/appuntamenti.yaml),
    /// booking, and reminders as records in the store sent by Hangfire jobs, with a reconciler that schedules them again
    /// at start-up and every ChatAssistant:Appointments:ReconcileEvery. The store (IAppointmentStore) comes with the
    /// storage engine; Hangfire with the host's jobs. Desks, hours and closures are seeded from the files into the store
    /// (IDeskStore, also from the engine), where coordinators edit them.
    /// </summary>
    public static IServiceCollection AddAppointments(this IServiceCollection services)
    {
        services.AddOptions<AppointmentOptions>().BindConfiguration(AppointmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChatAssistantOptions>().BindConfiguration(ChatAssistantOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => DeskCatalog.Load(ContentPaths.Resolve(sp.GetRequiredService<IOptions<ChatAssistantOptions>>().Value.KnowledgeBasePath)));
        services.AddSingleton<DeskSync>();
        services.AddHostedService(sp => sp.GetRequiredService<DeskSync>());
        services.AddSingleton<DeskEditor>();
        services.TryAddSingleton<IServiceNeeds, FileServiceNeeds>();
        services.AddSingleton<FreeSlots>();
        services.AddSingleton<DayAgenda>();
        services.AddSingleton<AttendanceMarks>();
        services.AddSingleton<AppointmentBooker>();
        services.AddSingleton<ReminderAnswers>();
        services.AddSingleton<IReminderSender, ChannelReminderSender>();
        services.AddSingleton<IReminderScheduler, HangfireReminderScheduler>();
        services.AddTransient<ReminderJob>();
        // The handoff replaces it: a reminder reaching a chat a volunteer holds is marked as automatic.
        services.TryAddSingleton<IConversationHold, NoConversationHold>();
        services.AddSingleton<ReminderReconciler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderReconciler>());
        return services;
    }
}
