using ChatAssistant.Bot.Tests.Support;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>avvisi and avvisi-stop (issue 16): follow a neighbourhood by button or by typing, consent with its time, list, stop one or all.</summary>
public class AnnouncementTranscripts
{
    [Fact]
    public async Task Avvisi_ButtonAndConfirm_SubscribesWithTheConsentTime()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/avvisi").AssertReply("Di quale quartiere vuoi gli avvisi?").AssertHasButton("Municipio 9 (Niguarda, Isola, Bovisa, Affori)");
        await chat.Press("Municipio 9 (Niguarda, Isola, Bovisa, Affori)").AssertReply("Vuoi ricevere qui gli avvisi del Comitato di Municipio 9");
        await chat.Send("sì").AssertReply("Fatto! Riceverai qui gli avvisi di Municipio 9");

        var subscription = Assert.Single(await chat.Announcements.ListSubscriptionsAsync("milano", chat.State.CitizenId!));
        Assert.Equal("municipio-9", subscription.NeighbourhoodId);
        Assert.Equal(chat.Clock.GetUtcNow(), subscription.ConsentAt);
    }

    [Theory]
    [InlineData("via padova", "Municipio 2")]
    [InlineData("niguarda", "Municipio 9")]
    [InlineData("Nigurda", "Municipio 9")]
    [InlineData("viale Fulvio Testi 12", "Municipio 9")]
    public async Task Avvisi_StreetOrPlaceTypedWithTypos_FindsTheNeighbourhood(string typed, string expected)
    {
        var chat = Transcript.For("milano");
        await chat.Send("/avvisi").Send(typed).AssertReply("Vuoi ricevere qui gli avvisi del Comitato di " + expected);
    }

    [Fact]
    public async Task Avvisi_UnknownPlace_AsksAgainWithAnExampleAndStoresNothing()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/avvisi").Send("Atlantide").AssertReply("Non trovo questo quartiere.");
        Assert.Empty(await chat.Announcements.ListSubscriptionsAsync("milano", chat.State.CitizenId!));
    }

    [Fact]
    public async Task Avvisi_AnswerNo_SubscribesNothing()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/avvisi").Send("niguarda").Send("no").AssertReply("Va bene, non ti mando avvisi.");
        Assert.Empty(await chat.Announcements.ListSubscriptionsAsync("milano", chat.State.CitizenId!));
    }

    [Fact]
    public async Task Avvisi_WhenFollowing_ListsMineAndStopsOne()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/avvisi").Send("niguarda").Send("sì");
        await chat.Send("/avvisi").Press("Aggiungi un quartiere").Send("via padova").Send("sì");
        await chat.Send("/avvisi").AssertReply("Ricevi gli avvisi di: Municipio 2").AssertButtons("Aggiungi un quartiere", "Togli un quartiere", "Non voglio più avvisi");
        await chat.Press("Togli un quartiere").Press("Municipio 2 (Stazione Centrale, Loreto, Greco)").AssertReply("Non riceverai più gli avvisi di Municipio 2");

        var left = Assert.Single(await chat.Announcements.ListSubscriptionsAsync("milano", chat.State.CitizenId!));
        Assert.Equal("municipio-9", left.NeighbourhoodId);
    }

    [Fact]
    public async Task StopAvvisi_StopsEveryNeighbourhoodAtOnce()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/avvisi").Send("niguarda").Send("sì");
        await chat.Send("/avvisi").Press("Aggiungi un quartiere").Send("via padova").Send("sì");
        Assert.Equal(2, (await chat.Announcements.ListSubscriptionsAsync("milano", chat.State.CitizenId!)).Count);
        await chat.Send("/stop_avvisi").AssertReply("Non riceverai più avvisi dei quartieri.");
        Assert.Empty(await chat.Announcements.ListSubscriptionsAsync("milano", chat.State.CitizenId!));
    }

    [Fact]
    public Task MenuButton_News_OpensTheSubscription() =>
        Transcript.For("milano").Send("menu").Press("Avvisi del quartiere").AssertReply("Di quale quartiere vuoi gli avvisi?").AssertHasButton("Municipio 1 (Centro storico)");

    [Fact]
    public Task Avvisi_MunicipalityWithoutNeighbourhoods_SaysSoAndGivesTheDesks() =>
        Transcript.For("esempio").Send("/avvisi").AssertReply("Gli avvisi del quartiere arrivano presto.");
}
