namespace ChatAssistant.Appointments.Desks;

/// <summary>A service a citizen can book at a desk: how long one appointment lasts and how many people one slot takes.</summary>
public sealed record BookableService(string Id, string Name, string NameEn, int SlotMinutes, int Capacity, IReadOnlyList<string> Bring, IReadOnlyList<string> BringEn)
{
    public string NameIn(string language) => language == "en" ? NameEn : Name;

    public IReadOnlyList<string> BringIn(string language) => language == "en" && BringEn.Count > 0 ? BringEn : Bring;
}
