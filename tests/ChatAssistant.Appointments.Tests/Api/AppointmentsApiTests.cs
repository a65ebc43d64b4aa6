using System.Net;
using System.Net.Http.Json;
using ChatAssistant.Appointments.Agenda;
using ChatAssistant.Appointments.Api;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;
using ChatAssistant.Appointments.Tests.Support;
using ChatAssistant.Core.Staff;
using ChatAssistant.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Appointments.Tests.Api;

/// <summary>GET /api/appointments: volunteers of the tenant see the day's agenda; others are refused (issue 15).</summary>
public sealed class AppointmentsApiTests : IAsyncLifetime
{
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(_world.Clock);
        builder.Services.AddSingleton(_world.Desks);
        builder.Services.AddSingleton<IAppointmentStore>(_world.Appointments);
        builder.Services.AddSingleton<DayAgenda>();
        TestStaffAuthentication.AddTo(builder.Services);
        builder.Services.AddAuthorizationBuilder().AddPolicy(StaffPolicies.Volunteer, p => p.RequireRole(StaffRoles.Volunteer, StaffRoles.Coordinator, StaffRoles.Admin));
        _app = builder.Build();
        _app.MapAppointments();
        await _app.StartAsync();
        _client = _app.GetTestClient();
        await _world.Booker.BookAsync(_world.Request(TestDesks.Local(2026, 12, 9, 10, 30), "Marco Bianchi", "marco"));
        await _world.Booker.BookAsync(_world.Request(TestDesks.Local(2026, 12, 9, 9), "Anna Rossi", "anna"));
    }

    [Fact]
    public async Task Get_VolunteerOfTheTenant_SeesTheDayInOrder()
    {
        var views = await (await GetAsync("volunteer milano", "?desk=municipio-2&date=2026-12-09")).Content.ReadFromJsonAsync<List<AppointmentView>>();

        Assert.Equal(["Anna Rossi", "Marco Bianchi"], views!.Select(v => v.Name));
        Assert.Equal(new DateTime(2026, 12, 9, 9, 0, 0), views![0].Start);
    }

    [Theory]
    [InlineData("", "?date=2026-12-09", HttpStatusCode.Unauthorized)]
    [InlineData("committee milano", "?date=2026-12-09", HttpStatusCode.Forbidden)]
    [InlineData("volunteer cremona", "?tenant=milano&date=2026-12-09", HttpStatusCode.Forbidden)]
    [InlineData("volunteer milano", "?date=9-12-2026", HttpStatusCode.BadRequest)]
    [InlineData("volunteer milano", "?desk=nowhere", HttpStatusCode.NotFound)]
    public async Task Get_Refusals_AreProblemDetails(string staff, string query, HttpStatusCode expected) =>
        Assert.Equal(expected, (await GetAsync(staff, query)).StatusCode);

    private async Task<HttpResponseMessage> GetAsync(string staff, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, AppointmentsApi.Path + query);
        if (staff.Length > 0)
        {
            request.Headers.Add(TestStaffAuthentication.Header, staff);
        }

        return await _client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _world.Dispose();
    }
}
