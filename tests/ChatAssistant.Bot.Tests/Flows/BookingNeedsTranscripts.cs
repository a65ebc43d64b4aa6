using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Bot.Appointments;
using ChatAssistant.Bot.Tests.Support;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>
/// Issue 15: what to bring is read from the service's knowledge entry ("Cosa serve"), the same words the answer shows,
/// in the booking summary, the confirmation, the .ics entry and the reminder; a service without an entry keeps the
/// list of appuntamenti.yaml.
/// </summary>
public class BookingNeedsTranscripts
{
    [Fact]
    public async Task Prenota_SummaryConfirmationAndCalendar_SayWhatTheKnowledgeEntrySaysToBring()
    {
        var chat = await Transcript.For("milano").Send("menu")
            .Press("Prenota un appuntamento")
            .Press("Aiuto con SPID, app IO e servizi online")
            .Press("Sportello del Municipio 2")
            .Send("mercoledì alle 10 e mezza")
            .Press("mer 4 mar 10:30")
            .Send("Anna Rossi")
            .Press("Salta");
        var summary = string.Join("\n", chat.Replies.Select(r => r.Text));
        chat = await chat.Press("Sì");
        var confirmation = string.Join("\n", chat.Replies.Select(r => r.Text));
        var calendar = Assert.Single(chat.Replies.SelectMany(r => r.Attachments ?? [])).Content!.Value.GetString()!;

        Assert.Contains("Porta con te: un documento d'identità e la tessera sanitaria, il tuo telefono carico.", summary, StringComparison.Ordinal);
        Assert.Contains("Porta con te: un documento d'identità e la tessera sanitaria, il tuo telefono carico.", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("telefono con il numero che usi", summary + confirmation, StringComparison.Ordinal);
        Assert.Contains("il tuo telefono carico", calendar.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_WhatToBring_FromTheEntry_OrTheFileWhenTheServiceHasNoEntry()
    {
        var tenant = DeskCatalog.Load(Path.Combine(RepositoryRoot(), "knowledge-base")).Find("milano")!;
        var needs = new KnowledgeServiceNeeds(new FakeKnowledge());
        var booking = new Booking
        {
            TenantId = "milano", Code = "ABC234", DeskId = "sportello-municipio-9", ServiceId = "facilitazione-digitale",
            Start = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero), End = new DateTimeOffset(2026, 3, 5, 9, 30, 0, TimeSpan.Zero),
            CitizenId = "anna", ChannelId = "telegram", ChatId = "42", Name = "Anna Rossi",
        };

        var reminder = ReminderMessage.Build(tenant, booking, needs.For(tenant, tenant.Service("facilitazione-digitale")!, "it")).Text;
        var certificates = needs.For(tenant, tenant.Service("certificati-anagrafici")!, "it");

        Assert.Contains("Porta con te: un documento d'identità e la tessera sanitaria, il tuo telefono carico.", reminder, StringComparison.Ordinal);
        Assert.Equal(tenant.Service("certificati-anagrafici")!.Bring, certificates);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatAssistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ChatAssistant.sln not found above " + AppContext.BaseDirectory);
    }
}
