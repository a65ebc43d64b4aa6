using System.Globalization;
using System.Text;
using ChatAssistant.Appointments.Storage;

namespace ChatAssistant.Appointments.Desks.Editing;

/// <summary>
/// Coordinators' edits of desks, weekly hours and closures. Each edit names the version it was made on and saves
/// conditionally (of two coordinators saving at once, one wins and the other gets <see cref="DeskEditOutcome.Conflict"/>);
/// once saved it is in use on this host at once and on the others within DeskRefreshEvery. Existing bookings stay
/// where they are whatever the new hours: the desk's agenda still shows them. Without a store (the CLI's tools) every
/// edit is refused.
/// </summary>
public sealed class DeskEditor(DeskCatalog catalog, TimeProvider clock, IDeskStore? store = null)
{
    public const int MaxName = 100;
    public const int MaxAddress = 200;
    public const int MaxReason = 200;

    public Task<DeskEditResult> SaveDeskAsync(string tenantId, long version, DeskEdit edit, string? by, CancellationToken cancellationToken = default) =>
        EditAsync(tenantId, version, by, tenant =>
        {
            var name = Clean(edit.Name);
            var address = Clean(edit.Address);
            if (name is not { Length: > 0 and <= MaxName } || address is not { Length: > 0 and <= MaxAddress })
            {
                return (null, DeskEditResult.Invalid("desks.bad_name"));
            }

            var unknown = edit.ServiceIds.FirstOrDefault(id => tenant.Service(id) is null);
            if (unknown is not null || edit.ServiceIds.Count == 0)
            {
                return (null, DeskEditResult.Invalid("desks.bad_services"));
            }

            var hours = new Dictionary<DayOfWeek, IReadOnlyList<OpeningPeriod>>();
            foreach (var (day, text) in edit.Hours)
            {
                if (Periods(text) is not { } periods)
                {
                    return (null, DeskEditResult.Invalid("desks.bad_hours"));
                }

                if (periods.Count > 0)
                {
                    hours[day] = periods;
                }
            }

            var existing = edit.Id is { Length: > 0 } id ? tenant.Desk(id) : null;
            if (edit.Id is { Length: > 0 } && existing is null)
            {
                return (null, DeskEditResult.NotFound);
            }

            var desk = new AppointmentDesk(existing?.Id ?? NewId(tenant, name), name, address, hours, existing?.Closures ?? [], edit.ServiceIds.Distinct().ToList());
            var desks = existing is null ? [.. tenant.Desks, desk] : tenant.Desks.Select(d => d.Id == desk.Id ? desk : d).ToList();
            return (desks, null);
        }, keepClosures: true, cancellationToken);

    /// <summary>A closure of one desk, or of every desk when <paramref name="deskId"/> is null.</summary>
    public Task<DeskEditResult> AddClosureAsync(string tenantId, long version, string? deskId, Closure closure, string? by, CancellationToken cancellationToken = default)
    {
        var reason = Clean(closure.Reason ?? "");
        if (reason is null || reason.Length > MaxReason || closure.To < closure.From || closure.To.DayNumber - closure.From.DayNumber > 366)
        {
            return Task.FromResult(DeskEditResult.Invalid("desks.bad_closure"));
        }

        var clean = closure with { Reason = reason.Length == 0 ? null : reason };
        return ChangeClosuresAsync(tenantId, version, deskId, by, list => [.. list, clean], cancellationToken);
    }

    public Task<DeskEditResult> RemoveClosureAsync(string tenantId, long version, string? deskId, Closure closure, string? by, CancellationToken cancellationToken = default) =>
        ChangeClosuresAsync(tenantId, version, deskId, by, list => list.Where(c => c != closure).ToList(), cancellationToken);

    private Task<DeskEditResult> ChangeClosuresAsync(string tenantId, long version, string? deskId, string? by, Func<IReadOnlyList<Closure>, IReadOnlyList<Closure>> change, CancellationToken cancellationToken)
    {
        if (deskId is null)
        {
            return EditAsync(tenantId, version, by, tenant => (tenant.Desks, null), keepClosures: false, cancellationToken, change);
        }

        return EditAsync(tenantId, version, by, tenant => tenant.Desk(deskId) is { } desk
            ? (tenant.Desks.Select(d => d.Id == deskId ? desk with { Closures = change(desk.Closures) } : d).ToList(), null)
            : (null, DeskEditResult.NotFound), keepClosures: true, cancellationToken);
    }

    private async Task<DeskEditResult> EditAsync(string tenantId, long version, string? by,
        Func<TenantDesks, (IReadOnlyList<AppointmentDesk>? Desks, DeskEditResult? Refused)> edit, bool keepClosures, CancellationToken cancellationToken,
        Func<IReadOnlyList<Closure>, IReadOnlyList<Closure>>? tenantClosures = null)
    {
        if (catalog.Find(tenantId) is not { } tenant || store is null)
        {
            return DeskEditResult.NotFound;
        }

        if (tenant.DeskVersion != version)
        {
            return DeskEditResult.Conflict;
        }

        var (desks, refused) = edit(tenant);
        if (refused is not null || desks is null)
        {
            return refused ?? DeskEditResult.NotFound;
        }

        var closures = keepClosures || tenantClosures is null ? tenant.Closures : tenantClosures(tenant.Closures);
        var saved = new DeskSet(tenantId, version + 1, desks, closures, clock.GetUtcNow(), by);
        if (!await store.TrySaveAsync(saved, cancellationToken))
        {
            return DeskEditResult.Conflict;
        }

        catalog.Apply(saved);
        return DeskEditResult.Saved;
    }

    /// <summary>"09:00-12:30, 14:00-17:00" → periods in order, not overlapping; empty → closed that day; null if unreadable.</summary>
    public static IReadOnlyList<OpeningPeriod>? Periods(string? text)
    {
        var parts = (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            var periods = parts.Select(DeskFileReader.Period).OrderBy(p => p.From).ToList();
            return periods.Zip(periods.Skip(1)).Any(pair => pair.Second.From < pair.First.To) ? null : periods;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string HoursText(IReadOnlyList<OpeningPeriod> periods) =>
        string.Join(", ", periods.Select(p => p.From.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + p.To.ToString("HH:mm", CultureInfo.InvariantCulture)));

    /// <summary>Trimmed; null when missing or holding control characters (refused like an empty field).</summary>
    private static string? Clean(string? text) => text?.Trim() is { } trimmed && !trimmed.Any(char.IsControl) ? trimmed : null;

    private static string NewId(TenantDesks tenant, string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (c == ' ' || c == '-'))
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().Trim('-') is { Length: > 0 } s ? s : "sportello";
        var unique = id;
        for (var n = 2; tenant.Desk(unique) is not null; n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }
}
