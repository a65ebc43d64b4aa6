using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Tests.Support;
using ChatAssistant.Core.Staff;

namespace ChatAssistant.Announcements.Tests.Composing;

/// <summary>What the console and the API refuse, and how an announcement moves: scheduled, approved, cancelled.</summary>
public class AnnouncementServiceTests
{
    [Theory]
    [InlineData("", "Sabato.", "title")]
    [InlineData("Festa", "", "text")]
    [InlineData("Festa", "   ", "text")]
    public async Task Create_EmptyTitleOrText_RefusedWithTheField(string title, string text, string field)
    {
        using var world = new AnnouncementWorld();
        var outcome = await world.Service.CreateAsync(AnnouncementWorld.Coordinator, new AnnouncementDraft(["municipio-9"], title, text));
        Assert.Equal(ComposeOutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(outcome.Problems, p => p.Field == field);
        Assert.Empty(await world.Announcements.ListAsync("milano", 10));
    }

    [Fact]
    public async Task Create_TextOverTelegramsLimit_SaysByHowMuch()
    {
        using var world = new AnnouncementWorld();
        var outcome = await world.Service.CreateAsync(AnnouncementWorld.Coordinator, new AnnouncementDraft(["municipio-9"], "Festa", new string('a', 4000)));
        Assert.Contains("Accorcialo di", Assert.Single(outcome.Problems).It, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "non è un'immagine")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, "non è un'immagine")]
    public async Task Create_FileThatIsNotAnImage_Refused(byte[] bytes, string expected)
    {
        using var world = new AnnouncementWorld();
        var outcome = await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft() with { Image = bytes });
        Assert.Contains(expected, Assert.Single(outcome.Problems).It, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ImageOverFiveMegabytes_Refused_UnderIt_Kept()
    {
        using var world = new AnnouncementWorld();
        var big = new byte[5 * 1024 * 1024 + 1];
        var small = new byte[1024];
        big[0] = small[0] = 0xFF;
        big[1] = small[1] = 0xD8;
        big[2] = small[2] = 0xFF;
        Assert.Contains("troppo grande", Assert.Single((await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft() with { Image = big })).Problems).It, StringComparison.Ordinal);
        var kept = await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft() with { Image = small });
        Assert.Equal("image/jpeg", kept.Announcement!.ImageType);
    }

    [Fact]
    public async Task Create_TimeInThePast_OrUnknownNeighbourhood_Refused()
    {
        using var world = new AnnouncementWorld();
        var past = await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft(sendAt: world.Clock.GetUtcNow().AddHours(-2)));
        Assert.Equal("sendAt", Assert.Single(past.Problems).Field);
        var unknown = await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft("atlantide"));
        Assert.Contains("atlantide", Assert.Single(unknown.Problems).En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CommitteeOutsideItsNeighbourhoods_Forbidden()
    {
        using var world = new AnnouncementWorld();
        var outcome = await world.Service.CreateAsync(AnnouncementWorld.Committee("municipio-1"), AnnouncementWorld.Draft("municipio-2"));
        Assert.Equal(ComposeOutcomeKind.Forbidden, outcome.Kind);
        Assert.Empty(await world.Announcements.ListAsync("milano", 10));
    }

    [Fact]
    public void Publisher_FromClaims_CommitteeKeepsItsNeighbourhoods()
    {
        var publisher = Publisher.From(AnnouncementWorld.Principal(StaffRoles.Committee, "municipio-1", "municipio-2"))!;
        Assert.True(publisher.IsCommittee);
        Assert.True(publisher.MayPublishTo("municipio-2"));
        Assert.False(publisher.MayPublishTo("municipio-3"));
        Assert.True(Publisher.From(AnnouncementWorld.Principal(StaffRoles.Coordinator))!.MayPublishTo("municipio-3"));
    }

    [Fact]
    public async Task Approval_TenantAsksForIt_CommitteeWaits_CoordinatorApproves_ThenItGoes()
    {
        using var world = new AnnouncementWorld(new AnnouncementOptions { ApprovalTenants = ["milano"] });
        var created = (await world.Service.CreateAsync(AnnouncementWorld.Committee("municipio-9"), AnnouncementWorld.Draft())).Announcement!;
        Assert.Equal(AnnouncementStatus.PendingApproval, created.Status);
        Assert.Equal(ComposeOutcomeKind.Forbidden, (await world.Service.ApproveAsync(AnnouncementWorld.Committee("municipio-9"), created.Id)).Kind);

        var approved = await world.Service.ApproveAsync(AnnouncementWorld.Coordinator, created.Id);
        Assert.Equal(AnnouncementStatus.Sending, approved.Announcement!.Status);
        Assert.Equal("coord-1", approved.Announcement.ApprovedBy);
    }

    [Fact]
    public async Task Edit_Scheduled_ChangesTextAndTime_CancelThenStopsIt_EditAfterIsAConflict()
    {
        using var world = new AnnouncementWorld();
        var at = world.Clock.GetUtcNow().AddHours(3);
        var created = (await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft(sendAt: at))).Announcement!;
        var edited = await world.Service.EditAsync(AnnouncementWorld.Coordinator, created.Id, AnnouncementWorld.Draft(sendAt: at.AddHours(1)) with { Text = "Rinviata a domenica." });
        Assert.Equal(("Rinviata a domenica.", at.AddHours(1)), (edited.Announcement!.Text, edited.Announcement.SendAt));
        Assert.Equal(2, world.Scheduler.Scheduled.Count);

        Assert.Equal(AnnouncementStatus.Cancelled, (await world.Service.CancelOrRetractAsync(AnnouncementWorld.Coordinator, created.Id)).Announcement!.Status);
        world.Clock.Advance(TimeSpan.FromHours(5));
        await world.Job.RunAsync("milano", created.Id);
        Assert.Equal(AnnouncementStatus.Cancelled, (await world.Announcements.GetAsync("milano", created.Id))!.Status);
        Assert.Equal(ComposeOutcomeKind.Conflict, (await world.Service.EditAsync(AnnouncementWorld.Coordinator, created.Id, AnnouncementWorld.Draft())).Kind);
    }

    [Fact]
    public void Message_IsMarkedAutomatic_NamesTheCommittee_EndsWithHowToStop()
    {
        var text = AnnouncementMessage.Text(new Announcement
        {
            Id = "a", TenantId = "milano", NeighbourhoodIds = ["municipio-9"], Title = "Festa", Text = "Sabato.", Link = "https://www.comune.milano.it/",
            Status = AnnouncementStatus.Sending, SendAt = default, CreatedBy = "x", CreatedAt = default,
        }, AnnouncementWorld.Catalog.Find("milano"), "it");
        Assert.StartsWith("📢 Avviso del Comitato: Municipio 9", text, StringComparison.Ordinal);
        Assert.Contains("**Festa**", text, StringComparison.Ordinal);
        Assert.Contains("Messaggio automatico", text, StringComparison.Ordinal);
        Assert.EndsWith("/stop_avvisi", text, StringComparison.Ordinal);
    }
}
