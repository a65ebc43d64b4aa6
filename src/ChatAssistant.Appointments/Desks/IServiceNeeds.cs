namespace ChatAssistant.Appointments.Desks;

/// <summary>
/// What to bring to an appointment for a service, in the citizen's language: the booking summary, the confirmation,
/// the .ics entry and the reminders all ask here, so they say the same. The bot answers from the service's knowledge
/// entry ("Cosa serve"); without it, <see cref="FileServiceNeeds"/> gives appuntamenti.yaml's <c>bring</c>.
/// </summary>
public interface IServiceNeeds
{
    IReadOnlyList<string> For(TenantDesks tenant, BookableService service, string language);
}
