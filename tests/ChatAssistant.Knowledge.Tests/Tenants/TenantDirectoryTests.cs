using ChatAssistant.Knowledge.Tenants;

namespace ChatAssistant.Knowledge.Tests.Tenants;

public sealed class TenantDirectoryTests
{
    private readonly TenantDirectory _directory = new(TestKnowledge.Fixture);

    [Fact]
    public void Find_KnownTenant_ReturnsItsDesksAndNeighbourhoods()
    {
        var milano = _directory.Find("milano");

        Assert.NotNull(milano);
        Assert.Equal("Comune di Milano", milano.Name);
        var desk = Assert.Single(milano.Desks);
        Assert.Equal("Biblioteca Sormani", desk.Name);
        Assert.True(desk.ExampleHours);
        Assert.Contains("cie", desk.Services);
        Assert.Equal(["Centro", "Isola"], milano.Neighbourhoods);
    }

    [Fact]
    public void Find_UnknownTenant_ReturnsNull() => Assert.Null(_directory.Find("atlantide"));

    [Fact]
    public void All_RealKnowledgeBase_ListsMilanoAndCremona()
    {
        var ids = new TenantDirectory(TestKnowledge.Real).All.Select(t => t.Id).ToList();

        Assert.Contains("milano", ids);
        Assert.Contains("cremona", ids);
    }
}
