using System.Collections.Concurrent;
using ChatAssistant.Core.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Hours;

/// <summary>Each municipality's handoff settings, read once from its folder of the knowledge base.</summary>
public sealed class HandoffSettings(IOptions<ChatAssistantOptions> paths, IOptions<HandoffOptions> options)
{
    private readonly ConcurrentDictionary<string, TenantHandoffSettings> _cache = new(StringComparer.Ordinal);

    public TenantHandoffSettings For(string tenantId) => _cache.GetOrAdd(tenantId, Load);

    private TenantHandoffSettings Load(string tenantId)
    {
        var timeout = TimeSpan.FromMinutes(options.Value.DefaultClaimTimeoutMinutes);
        string? file = null;
        try
        {
            file = Path.Combine(ContentPaths.Resolve(paths.Value.KnowledgeBasePath), "comuni", tenantId, HandoffSettingsFile.FileName);
        }
        catch (DirectoryNotFoundException)
        {
            // No knowledge base folder (a test, a bare CLI): the defaults.
        }

        return HandoffSettingsFile.Read(file, timeout);
    }
}
