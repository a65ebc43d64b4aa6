using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ChatAssistant.StaffConsole.Api.Auth;

internal static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth");
        auth.MapPost("/login", LoginEndpoint.HandleAsync).AllowAnonymous();
        auth.MapPost("/password", ChangePasswordEndpoint.HandleAsync).AllowAnonymous();
        auth.MapGet("/me", MeEndpoint.Handle).RequireAuthorization();
        return endpoints;
    }
}
