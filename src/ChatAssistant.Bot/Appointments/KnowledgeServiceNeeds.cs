using ChatAssistant.Appointments.Desks;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.Appointments;

/// <summary>
/// What to bring, read from the service's knowledge entry (the topic with the service's id, the municipality's
/// override applied): the items of its "Cosa serve" / "What you need" part, the same words the answer shows. A service
/// with no entry, or an entry without that part, falls back to appuntamenti.yaml's <c>bring</c>.
/// </summary>
public sealed class KnowledgeServiceNeeds(IKnowledgeAnswers knowledge) : IServiceNeeds
{
    private readonly FileServiceNeeds _file = new();

    public IReadOnlyList<string> For(TenantDesks tenant, BookableService service, string language)
    {
        var needs = knowledge.Find(service.Id, tenant.TenantId, language) is { } answer ? Items(AnswerParts.Split(answer.Body).Needs) : [];
        return needs.Count > 0 ? needs : _file.For(tenant, service, language);
    }

    /// <summary>"**Cosa serve:**\n- un documento\n- il telefono carico" → ["un documento", "il telefono carico"].</summary>
    public static IReadOnlyList<string> Items(string needs) =>
        needs.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim().TrimEnd('.', ';', ','))
            .Where(item => item.Length > 0)
            .ToList();
}
