namespace ChatAssistant.Appointments.Desks;

/// <summary>appuntamenti.yaml's <c>bring</c> list: used where no knowledge entry says what to bring.</summary>
public sealed class FileServiceNeeds : IServiceNeeds
{
    public IReadOnlyList<string> For(TenantDesks tenant, BookableService service, string language) => service.BringIn(language);
}
