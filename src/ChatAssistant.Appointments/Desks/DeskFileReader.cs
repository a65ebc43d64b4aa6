using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatAssistant.Appointments.Desks;

/// <summary>Reads one tenant's appuntamenti.yaml. A mistake in the file throws with the file and the field named, so it shows at start-up.</summary>
public static class DeskFileReader
{
    public const string FileName = "appuntamenti.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    public static TenantDesks Read(string tenantId, string yaml, string source)
    {
        var file = Yaml.Deserialize<DeskFile>(yaml) ?? new DeskFile();
        try
        {
            var services = file.Services.Select(Service).ToList();
            var desks = file.Desks.Select(d => Desk(d, services)).ToList();
            var (patronMonth, patronDay) = Patron(file.PatronDay);
            var reminders = new ReminderSettings(
                file.Reminders.HoursBefore.Select(TimeSpan.FromHours).OrderDescending().ToList(),
                Time(file.Reminders.QuietFrom), Time(file.Reminders.QuietUntil));
            return new TenantDesks(tenantId, TimeZoneInfo.FindSystemTimeZoneById(file.TimeZone), file.Example, patronMonth, patronDay,
                reminders, file.Closures.Select(Closure).ToList(), services, desks);
        }
        catch (Exception e) when (e is FormatException or TimeZoneNotFoundException or ArgumentException)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
    }

    private static BookableService Service(DeskFile.ServiceEntry s)
    {
        if (string.IsNullOrWhiteSpace(s.Id) || s.SlotMinutes is < 5 or > 480 || s.Capacity < 1)
        {
            throw new FormatException($"service '{s.Id}' needs an id, slotMinutes between 5 and 480 and capacity of at least 1.");
        }

        return new BookableService(s.Id, s.Name, s.NameEn ?? s.Name, s.SlotMinutes, s.Capacity, s.Bring, s.BringEn);
    }

    private static AppointmentDesk Desk(DeskFile.DeskEntry d, List<BookableService> services)
    {
        var unknown = d.Services.FirstOrDefault(id => services.All(s => s.Id != id));
        if (unknown is not null)
        {
            throw new FormatException($"desk '{d.Id}' offers service '{unknown}', which is not under services.");
        }

        var hours = new Dictionary<DayOfWeek, IReadOnlyList<OpeningPeriod>>();
        foreach (var (day, periods) in d.Hours)
        {
            if (!Days.TryGetValue(day, out var weekday))
            {
                throw new FormatException($"desk '{d.Id}': '{day}' is not a day (mon, tue, wed, thu, fri, sat, sun).");
            }

            hours[weekday] = periods.Select(Period).ToList();
        }

        return new AppointmentDesk(d.Id, d.Name, d.Address, hours, d.Closures.Select(Closure).ToList(), d.Services);
    }

    internal static OpeningPeriod Period(string text)
    {
        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        var period = parts.Length == 2 ? new OpeningPeriod(Time(parts[0]), Time(parts[1])) : throw new FormatException($"'{text}' is not like 09:00-12:30.");
        return period.From < period.To ? period : throw new FormatException($"'{text}' ends before it starts.");
    }

    private static Closure Closure(DeskFile.ClosureEntry c)
    {
        var from = DateOnly.ParseExact(c.From, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Closure(from, c.To is null ? from : DateOnly.ParseExact(c.To, "yyyy-MM-dd", CultureInfo.InvariantCulture), c.Reason);
    }

    internal static TimeOnly Time(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    private static (int?, int?) Patron(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var parts = text.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var m) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var d)
            ? (m, d)
            : throw new FormatException($"patronDay '{text}' is not like 12-07.");
    }
}
