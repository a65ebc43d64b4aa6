using ChatAssistant.Core.Staff;
using ChatAssistant.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Handoff.Tests.Support;

/// <summary>The handoff API in a web application on ASP.NET Core's test server, with the staff policies the console registers.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiHost(WebApplication app, HandoffWorld world)
    {
        _app = app;
        World = world;
    }

    public HandoffWorld World { get; }

    public static async Task<ApiHost> StartAsync()
    {
        var clock = new FakeTimeProvider(HandoffWorld.MondayMorning);
        var folder = HandoffWorld.NewFolder();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        HandoffWorld.Register(builder.Services, clock, folder);
        builder.Services.AddProblemDetails();
        TestStaffAuthentication.AddTo(builder.Services);
        builder.Services.AddAuthorization(o =>
        {
            o.AddPolicy(StaffPolicies.Volunteer, p => p.RequireRole(StaffRoles.Volunteer, StaffRoles.Coordinator, StaffRoles.Admin));
            o.AddPolicy(StaffPolicies.Coordinator, p => p.RequireRole(StaffRoles.Coordinator, StaffRoles.Admin));
        });
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHandoff();
        await app.StartAsync();
        return new ApiHost(app, new HandoffWorld(clock, folder, app.Services));
    }

    /// <summary>A client signed in as <paramref name="user"/> of <paramref name="tenant"/>; null user: not signed in.</summary>
    public HttpClient Client(string? user, string tenant = "milano", string role = StaffRoles.Volunteer)
    {
        var client = _app.GetTestClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestStaffAuthentication.Header, TestStaffAuthentication.As(role, tenant, user));
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await World.DisposeAsync();
    }
}
