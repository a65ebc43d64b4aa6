using ChatAssistant.Announcements;
using ChatAssistant.Bot.Announcements;
using ChatAssistant.Bot.Appointments;
using ChatAssistant.Bot.Commands;
using ChatAssistant.Bot.Desks;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Handoff;
using ChatAssistant.Bot.Knowledge;
using ChatAssistant.Bot.Language;
using ChatAssistant.Bot.Privacy;
using ChatAssistant.Bot.Understanding;
using ChatAssistant.CivicReports;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The bot (<see cref="ITurnHandler"/>) and its actions. Needs <c>AddDialogs()</c>, an <c>IRecognizer</c> and an
    /// <c>IKnowledgeAnswers</c> (<c>AddKnowledge()</c>) and an <c>ITenantDirectory</c>.
    /// </summary>
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section)
            .Validate(o => o.MaxDesksShown > 0 && o.MaxSuggestions > 0, "ChatAssistant:Bot: MaxDesksShown and MaxSuggestions must be positive.")
            .Validate(o => o.ClosingLineRepeatHours > 0, "ChatAssistant:Bot:ClosingLineRepeatHours must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<DialogRunner>();
        services.TryAddSingleton<GlobalCommandHandler>();
        services.TryAddSingleton<FreeTextRouter>();
        services.AddSingleton<ITurnHandler, ChatBot>();
        services.AddSingleton(new RequiredDialogContent(FlowIds.All, BotTextKeys.All));

        services.AddDialogAction<KnowledgeAnswerAction>(KnowledgeAnswerAction.Name);
        services.AddDialogAction<KnowledgeMoreAction>(KnowledgeMoreAction.Name);
        services.AddDialogAction<KnowledgeFeedbackAction>(KnowledgeFeedbackAction.Name);
        services.AddDialogAction<OpenRelatedAction>(OpenRelatedAction.Name);
        services.AddDialogAction<RouteChoiceAction>(RouteChoiceAction.Name);
        services.AddDialogAction<OpenOtherNeedAction>(OpenOtherNeedAction.Name);
        services.AddDialogAction<MissedAction>(MissedAction.Name);
        // The fallback offer (desks); AddHandoff() registers the real escalation under the same name after it.
        services.AddDialogAction<HandoffOfferAction>(HandoffOfferAction.Name);
        services.AddDialogAction<DesksShowAction>(DesksShowAction.Name);
        services.AddDialogAction<PrivacyEraseAction>(PrivacyEraseAction.Name);
        services.AddDialogAction<LanguageSetAction>(LanguageSetAction.Name);
        // What to bring comes from the service's knowledge entry (AddAppointments() falls back to the file's list).
        services.AddSingleton<ChatAssistant.Appointments.Desks.IServiceNeeds, KnowledgeServiceNeeds>();
        services.AddDialogAction<BookingStartAction>(BookingStartAction.Name);
        services.AddDialogAction<BookingDesksAction>(BookingDesksAction.Name);
        services.AddDialogAction<BookingDaysAction>(BookingDaysAction.Name);
        services.AddDialogAction<BookingTimesAction>(BookingTimesAction.Name);
        services.AddDialogAction<BookingNameAction>(BookingNameAction.Name);
        services.AddDialogAction<BookingPhoneAction>(BookingPhoneAction.Name);
        services.AddDialogAction<BookingSummaryAction>(BookingSummaryAction.Name);
        services.AddDialogAction<BookingBookAction>(BookingBookAction.Name);
        services.AddDialogAction<MyBookingsAction>(MyBookingsAction.Name);
        services.AddDialogAction<PickBookingAction>(PickBookingAction.Name);
        services.AddDialogAction<CancelBookingAction>(CancelBookingAction.Name);
        services.AddDialogAction<MoveBookingAction>(MoveBookingAction.Name);
        // The segnala flow's actions live with the citizens' reports (AddCivicReports() adds the rest of them).
        services.AddCivicReportFlow();
        services.AddNeighbourhoods();
        services.AddDialogAction<MyNeighbourhoodsAction>(MyNeighbourhoodsAction.Name);
        services.AddDialogAction<NeighbourhoodOptionsAction>(NeighbourhoodOptionsAction.Name);
        services.AddDialogAction<FindNeighbourhoodAction>(FindNeighbourhoodAction.Name);
        services.AddDialogAction<SubscribeAction>(SubscribeAction.Name);
        services.AddDialogAction<UnsubscribeAction>(UnsubscribeAction.Name);
        services.AddDialogAction<StopAllAction>(StopAllAction.Name);
        return services;
    }
}
