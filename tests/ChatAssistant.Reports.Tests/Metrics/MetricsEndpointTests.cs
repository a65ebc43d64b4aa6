using System.Net;
using ChatAssistant.Reports.Metrics;

namespace ChatAssistant.Reports.Tests.Metrics;

public sealed class MetricsEndpointTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:10.20.3.4", true)]
    [InlineData("10.20.3.4", true)]
    [InlineData("10.21.0.1", false)]
    [InlineData("203.0.113.9", false)]
    public void IsAllowed_LocalAndListedNetworksOnly(string address, bool allowed) =>
        Assert.Equal(allowed, MetricsEndpoint.IsAllowed(IPAddress.Parse(address), ["10.20.0.0/16"]));

    [Fact]
    public void IsAllowed_NoNetworksListed_OnlyTheMachineItself() =>
        Assert.False(MetricsEndpoint.IsAllowed(IPAddress.Parse("192.168.1.10"), []));
}
