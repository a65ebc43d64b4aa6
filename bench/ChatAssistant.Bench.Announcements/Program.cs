// Seeds a LiteDB data folder for the announcements benchmark (bench/announcements/run.mjs): N Telegram subscribers of
// one neighbourhood and a coordinator account with a known password. The host then starts on that folder.
//   dotnet ChatAssistant.Bench.Announcements.dll --data DIR --subscribers 10000 --neighbourhood municipio-1
using System.Globalization;
using ChatAssistant.Announcements.Subscriptions;
using ChatAssistant.StaffConsole;
using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.LiteDb.Accounts;
using ChatAssistant.Storage.LiteDb.Announcements;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

string Option(string name, string fallback) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault() ?? fallback;
var data = Option("data", "");
if (data.Length == 0)
{
    throw new ArgumentException("--data DIR is required");
}

var count = int.Parse(Option("subscribers", "10000"), CultureInfo.InvariantCulture);
var neighbourhood = Option("neighbourhood", "municipio-1");

using var store = new LiteDbStore(data);
var announcements = new LiteDbAnnouncementStore(store);
var now = TimeProvider.System.GetUtcNow();
foreach (var chunk in Enumerable.Range(0, count).Chunk(500))
{
    await Task.WhenAll(chunk.Select(i =>
    {
        var chat = (9_000_000 + i).ToString(CultureInfo.InvariantCulture);
        return announcements.SubscribeAsync(new Subscription
        {
            TenantId = "milano", CitizenId = "milano:telegram:" + chat, NeighbourhoodId = neighbourhood, ChannelId = "telegram", ChatId = chat, ConsentAt = now,
        });
    }));
}

var accounts = new StaffAccounts(new LiteDbStaffAccountStore(store), new PasswordHasher<StaffAccount>(), Options.Create(new ConsoleOptions()), TimeProvider.System);
var created = await accounts.CreateAsync(new NewAccount("bench@milano.example", "coordinator", "milano", "Bench", Password: "una-password-lunga-bench"));
await Console.Out.WriteLineAsync($"SEEDED subscribers={count} account={created.Account?.Email ?? created.Problem}");
