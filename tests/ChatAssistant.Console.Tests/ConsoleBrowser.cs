using ChatAssistant.Host.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ChatAssistant.Console.Tests;

/// <summary>
/// A real host and Debian's chromium on a tablet-sized page. Playwright's own browser download is not used: the
/// browser is the one tests/install-deps.sh installs.
/// </summary>
internal sealed class ConsoleBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ConsoleBrowser(HostProcess host, IPlaywright playwright, IBrowser browser, IPage page)
    {
        Host = host;
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public HostProcess Host { get; }

    public IPage Page { get; }

    /// <param name="environment">More of the host's settings (a PostgreSQL database, say); the knowledge base is always open.</param>
    public static async Task<ConsoleBrowser> StartAsync(IDictionary<string, string>? environment = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run tests/install-deps.sh (apt-get install chromium).");
        }

        var settings = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["ChatAssistant__KnowledgeBasePath"] = AlwaysOpenKnowledgeBase.Create(),
        };
        var host = await HostProcess.StartAsync(environment: settings);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--autoplay-policy=no-user-gesture-required"],
        });
        var context = await browser.NewContextAsync(ContextOptions(host));
        return new ConsoleBrowser(host, playwright, browser, await context.NewPageAsync());
    }

    /// <summary>A second person's page: a context of its own, so its own cookies.</summary>
    public async Task<IPage> NewPageAsync() => await (await _browser.NewContextAsync(ContextOptions(Host))).NewPageAsync();

    /// <summary>Signs in on <paramref name="page"/> with a password already chosen.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/console/signin");
        await page.GetByLabel("Indirizzo e-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await page.WaitForURLAsync("**/console/queue");
    }

    private static BrowserNewContextOptions ContextOptions(HostProcess host) => new()
    {
        BaseURL = host.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 820, Height = 1180 },
        HasTouch = true,
        Locale = "it-IT",
    };

    /// <summary>Signs in on the page with the demo account's one-time password and chooses <see cref="StaffSignIn.ChosenPassword"/>.</summary>
    /// <param name="printedBy">The host whose log has the demo passwords (with several hosts, the first one started).</param>
    public async Task SignInFirstTimeAsync(string email, HostProcess? printedBy = null)
    {
        var oneTime = await StaffSignIn.DemoPasswordAsync(printedBy ?? Host, email);
        await Page.GotoAsync("/console/queue");
        await Page.GetByLabel("Indirizzo e-mail").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(oneTime);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await Page.WaitForURLAsync("**/console/password");
        await Page.GetByLabel("Password attuale").FillAsync(oneTime);
        await Page.GetByLabel("Nuova password", new() { Exact = true }).FillAsync(StaffSignIn.ChosenPassword);
        await Page.GetByLabel("Ripeti la nuova password").FillAsync(StaffSignIn.ChosenPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await Page.GetByText("Password cambiata.").WaitForAsync();
    }

    /// <summary>The axe rules broken on the current page with a serious or critical impact, one line each.</summary>
    public async Task<IReadOnlyList<string>> SeriousAccessibilityProblemsAsync()
    {
        var result = await Page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await Host.DisposeAsync();
    }
}
