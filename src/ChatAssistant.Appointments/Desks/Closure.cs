namespace ChatAssistant.Appointments.Desks;

/// <summary>Days a desk (or every desk of a tenant) is closed, both ends included.</summary>
public sealed record Closure(DateOnly From, DateOnly To, string? Reason)
{
    public bool Covers(DateOnly day) => day >= From && day <= To;
}
