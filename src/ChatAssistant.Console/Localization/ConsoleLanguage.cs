using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace ChatAssistant.StaffConsole.Localization;

/// <summary>Italian unless the language switch stored English in the request-culture cookie.</summary>
internal static class ConsoleLanguage
{
    public static readonly CultureInfo Italian = new("it-IT");
    public static readonly CultureInfo English = new("en-GB");

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Italian),
            SupportedCultures = [Italian, English],
            SupportedUICultures = [Italian, English],
        };
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }
}
