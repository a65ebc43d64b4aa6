using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Announcements.Tests.Support;

namespace ChatAssistant.Announcements.Tests.Neighbourhoods;

public class NeighbourhoodMatcherTests
{
    private static readonly TenantNeighbourhoods Milano = AnnouncementWorld.Catalog.Find("milano")!;

    [Theory]
    [InlineData("Niguarda", "municipio-9")]
    [InlineData("nigurda", "municipio-9")]
    [InlineData("abito in via Padova 120", "municipio-2")]
    [InlineData("viale monza", "municipio-2")]
    [InlineData("Città Studi", "municipio-3")]
    [InlineData("citta studi", "municipio-3")]
    [InlineData("municipio 7", "municipio-7")]
    [InlineData("Quarto Oggiaro", "municipio-8")]
    public void Match_NamePlaceOrStreetWithTypos_FindsTheOne(string typed, string expected) =>
        Assert.Equal(expected, Assert.Single(NeighbourhoodMatcher.Match(Milano, typed)).Id);

    [Theory]
    [InlineData("Atlantide")]
    [InlineData("")]
    [InlineData("via")]
    public void Match_NothingLikeIt_FindsNone(string typed) => Assert.Empty(NeighbourhoodMatcher.Match(Milano, typed));

    [Fact]
    public void Match_WordInSeveral_OffersThemAll() =>
        Assert.True(NeighbourhoodMatcher.Match(Milano, "porta").Count > 1);

    [Fact]
    public void Catalog_MilanoHasItsNineMunicipi_CremonaItsExampleCommittees()
    {
        Assert.Equal(9, Milano.All.Count);
        Assert.False(Milano.Example);
        var cremona = AnnouncementWorld.Catalog.Find("cremona")!;
        Assert.True(cremona.All.Count >= 10);
        Assert.True(cremona.Example);
    }

    [Fact]
    public void Reader_DuplicateId_NamesTheFile() =>
        Assert.Contains("x.yaml", Assert.Throws<InvalidDataException>(() => NeighbourhoodFileReader.Read("t", "neighbourhoods:\n- {id: a, name: A}\n- {id: a, name: B}\n", "x.yaml")).Message, StringComparison.Ordinal);
}
